// Pure formatting functions with CPython 3.12's exact output: plain JS values in, strings out.
// Errors are thrown as PyFormatError { type, message } with CPython's messages.

export { PyFormatError, raise, type PyFormatErrorType } from './errors';
export { _Py_dg_dtoa, type DtoaResult } from './dtoa';
export { float_repr, float_from_string, PyOS_double_to_string, type DtsfFlags } from './pystrtod';
export { int_to_decimal, int_to_base, PyLong_FromString, round_int, DEFAULT_MAX_STR_DIGITS, setMaxStrDigitsSource } from './longobject';
export { round_float, PyLong_FromDouble, float_hex } from './floatobject';
export { unicode_repr, unicode_ascii, ascii_from_repr } from './unicode_repr';
export { format_int, format_float, format_complex, format_str, parse_internal_render_format_spec, type InternalFormatSpec } from './formatter_unicode';
export { percent_format, type FormatArg, type PercentArgs, type PercentMapping, type Arg as PercentSpec, output as percent_output, mainformatlong as percent_formatlong, formatfloat as percent_formatfloat } from './unicode_format';
export * from './unicode_methods';
export * as unicodectype from './unicodectype';
export { str_format, type StrFormatHost, type FieldAccessor } from './stringlib_unicode_format';
