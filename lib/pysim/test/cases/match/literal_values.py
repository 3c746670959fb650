def classify(code):
    match code:
        case 200:
            return "ok"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case -1:
            return "negative one"
        case 1.5:
            return "one and a half"
        case "teapot":
            return "tea"
        case b"raw":
            return "bytes"
        case _:
            return "unknown"

for c in (200, 302, 404, -1, 1.5, "teapot", b"raw", 500, 200.0, True):
    print(c, classify(c))
