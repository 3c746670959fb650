# time.strftime(format, tuple) of fixed dates: the common directives of the C locale, week
# numbers around the new year, the 12-hour clock, %Z/%z from a struct_time's zone fields.
import time
dates = [(2024, 1, 2, 3, 4, 5, 1, 2, 0), (2024, 12, 31, 13, 4, 5, 1, 366, 0), (2021, 1, 1, 0, 0, 0, 4, 1, 0),
         (2020, 12, 31, 12, 59, 59, 3, 366, 0), (2023, 1, 1, 23, 30, 0, 6, 1, 0), (1999, 7, 4, 11, 0, 60, 6, 185, 1),
         (2027, 1, 3, 12, 0, 0, 6, 3, 0), (2015, 12, 28, 0, 0, 0, 0, 362, -1)]
for d in dates:
    print(time.strftime('%a %A %b %B %d %H %I %j %m %M %p %S %w %y %Y %%', d))
    print(time.strftime('%c | %x | %X | %U %W | %D %T %R %r', d))
    print(time.strftime('%G %g %V %u %e %C %F %h %n%t|', d))
print(time.strftime('', dates[0]) == '', time.strftime('plain text', dates[0]))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%Z %z', time.gmtime(0)), time.strftime('%Z %z', time.localtime(0)))
for zone in ({'tm_zone': 'CET', 'tm_gmtoff': 3600}, {'tm_zone': 'NST', 'tm_gmtoff': -12600}, {'tm_zone': 'IST', 'tm_gmtoff': 19800}):
    st = time.struct_time(dates[0], zone)
    print(time.strftime('%Z %z', st))
print(time.strftime('%H:%M %p', (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%I %p', (2024, 1, 1, 12, 0, 0, 0, 1, 0)))
print(time.strftime('%j %U %W', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('é%Y€ \U0001f600 %d', dates[0]))
print(time.strftime('%Y', (1000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (9999, 1, 1, 0, 0, 0, 0, 1, 0)))
