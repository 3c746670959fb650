# Formatting a str into an otherwise empty template hands back the very same object:
# nothing had to be copied. Any text around it (or a width) makes a new string.
import sys
name = "heaplab"
print("{}".format(name) is name, "{0}".format(name) is name, "{n}".format(n=name) is name)
print("{!s}".format(name) is name, "{:}".format(name) is name, "{:10}".format(name) is name)
print("x{}".format(name) is name, "{}{}".format(name, "") is name, "{}{}".format("", name) is name)
print("%s" % name is name, "%s" % (name,) is name, "%(n)s" % {"n": name} is name)
print("%s!" % name is name, "%.3s" % name is name, "%r" % name is name)
before = sys.getrefcount(name)
same = "{}".format(name)
print(sys.getrefcount(name) - before)
