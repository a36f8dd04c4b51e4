# Fills unfinished translations of a Qt .ts file from TSV files (source<TAB>translation, \n \t \\ escaped).
import sys, re, html
ts = sys.argv[1]
table = {}
for f in sys.argv[2:]:
    for line in open(f, encoding='utf-8'):
        line = line.rstrip('\n')
        if '\t' not in line:
            continue
        src, tr = line.split('\t', 1)
        un = lambda x: re.sub(r'\\(n|t|\\)', lambda m: {'n': '\n', 't': '\t', '\\': '\\'}[m.group(1)], x)
        table[un(src)] = un(tr)
s = open(ts, encoding='utf-8').read()
def esc(x):
    return x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')
filled = 0; missing = []
def rep(m):
    global filled
    block = m.group(0)
    sm = re.search(r'<source>(.*?)</source>', block, re.S)
    src = html.unescape(sm.group(1))
    if '<translation type="unfinished"></translation>' not in block:
        return block
    if src in table:
        filled += 1
        return block.replace('<translation type="unfinished"></translation>', '<translation>' + esc(table[src]) + '</translation>')
    missing.append(src)
    return block
s = re.sub(r'<message>.*?</message>', rep, s, flags=re.S)
open(ts, 'w', encoding='utf-8').write(s)
print('filled', filled, 'missing', len(missing))
for m in missing[:40]:
    print('MISSING:', repr(m))
