# meth_traverse: a module's builtin function refers to its module and the module's name, a bound
# builtin method to its object; a method-wrapper to its slot wrapper and object; method, slot and
# getset descriptors of builtin types to their type (and all of them are tracked)
import gc
for o in (len, gc.collect, [].append, [].__iter__, (1).__add__, list.append, object.__init__, int.real):
    print(type(o).__name__, [type(x).__name__ for x in gc.get_referents(o)], gc.is_tracked(o))
print([x for x in gc.get_referents(len) if type(x) is str], [x.__name__ for x in gc.get_referents(gc.collect) if type(x) is type(gc)])
print(gc.get_referents(list.append)[0] is list, gc.get_referents([].__len__)[0] is list.__len__)
