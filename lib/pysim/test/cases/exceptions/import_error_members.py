# ImportError's members: msg, name, path (ImportError_init, the import system's PyErr_SetImportError)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg, e.args)
try:
    import no_such_package.sub
except ModuleNotFoundError as e:
    print(e.name, e.msg)
e = ImportError("custom", name="mod", path="/x")
print(e.name, e.path, e.msg, str(e), repr(e), e.args)
e2 = ImportError()
print(e2.name, e2.msg, repr(str(e2)), ImportError("a", "b").msg, str(ImportError("a", "b")))
e3 = ImportError(42)
print(e3.msg, str(e3))
e.msg = "changed"
e.name = None
print(str(e), e.name, e.args)
class PluginMissing(ModuleNotFoundError):
    pass
p = PluginMissing("plugin x", name="x")
print(p.name, p.msg, str(p))
try:
    ImportError("m", nam="x")
except TypeError as err:
    print(err)
