# staticmethod / classmethod objects expose the wrapped function as __func__ and __wrapped__ (read-only members)
class C:
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
cm = C.__dict__["c"]
sm = C.__dict__["s"]
print(cm.__func__.__name__, sm.__func__(), sm.__wrapped__ is sm.__func__, cm.__wrapped__.__name__)
print(type(C.__dict__).__name__, type(classmethod.__dict__["__func__"]).__name__)
cm.__func__ = None
