class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e = AppError(7, 'bad')
print(e.args, str(e), repr(e), e.code)
print(str(Exception()), repr(Exception()), str(Exception('one')), repr(Exception('one')))
