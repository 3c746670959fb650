"""The future statement also imports __future__ and binds the _Feature it names."""
from __future__ import annotations, division
# a comment between future statements is fine
from __future__ import (generator_stop,
    print_function)
import sys
import __future__ as F
print(annotations, division)
print(F.annotations is annotations, sys.getrefcount(F))
print(F.all_feature_names)
print(F.annotations.getMandatoryRelease(), F.annotations.getOptionalRelease(), F.annotations.compiler_flag)
print(F.CO_FUTURE_ANNOTATIONS == annotations.compiler_flag)
