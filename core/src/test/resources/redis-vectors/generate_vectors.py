#!/usr/bin/env python3
"""Captures test vectors from a real redis-server 7.0.15 for org.redisonmysql.core.util tests.

Usage: start a throwaway server, e.g.
    redis-server --port 16402 --save '' --appendonly no --daemonize yes
then run:  python3 generate_vectors.py [port]   (writes the *.tsv files next to this script)

The script FLUSHALLs the server. Deterministic (fixed seed), so reruns give the same inputs.
Binary fields are percent-encoded (printable ASCII kept except '#', '%', ',' and '~'; '~' = empty;
'-' = absent); replies are "OK:<text>" or "ERR:<message>".
"""
import os
import random
import socket
import struct
import sys
from fractions import Fraction

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 16402
OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20240607)


class Redis:
    def __init__(self, port):
        self.sock = socket.create_connection(('127.0.0.1', port))
        self.buf = b''

    def _fill(self):
        d = self.sock.recv(1 << 20)
        if not d:
            raise EOFError
        self.buf += d

    def _line(self):
        while b'\r\n' not in self.buf:
            self._fill()
        i = self.buf.index(b'\r\n')
        line, self.buf = self.buf[:i], self.buf[i + 2:]
        return line

    def _read(self):
        line = self._line()
        t, rest = line[:1], line[1:]
        if t == b'+':
            return rest
        if t == b'-':
            return RedisError(rest.decode('latin-1'))
        if t == b':':
            return int(rest)
        if t == b'$':
            n = int(rest)
            if n < 0:
                return None
            while len(self.buf) < n + 2:
                self._fill()
            d, self.buf = self.buf[:n], self.buf[n + 2:]
            return d
        if t == b'*':
            n = int(rest)
            return None if n < 0 else [self._read() for _ in range(n)]
        raise ValueError(line)

    @staticmethod
    def _enc(args):
        out = [b'*%d\r\n' % len(args)]
        for a in args:
            if isinstance(a, str):
                a = a.encode('latin-1')
            elif isinstance(a, int):
                a = str(a).encode()
            out.append(b'$%d\r\n%s\r\n' % (len(a), a))
        return b''.join(out)

    def cmd(self, *args):
        self.sock.sendall(self._enc(args))
        return self._read()

    def pipe(self, cmds, chunk=500):
        res = []
        for i in range(0, len(cmds), chunk):
            part = cmds[i:i + chunk]
            self.sock.sendall(b''.join(self._enc(c) for c in part))
            res.extend(self._read() for _ in part)
        return res


class RedisError(str):
    pass


def hx(b):
    """Percent-encoding: printable ASCII stays, except '#', '%', ',' and '~'; '~' alone is the empty string."""
    if isinstance(b, str):
        b = b.encode('latin-1')
    if not b:
        return '~'
    return ''.join(chr(c) if 0x21 <= c <= 0x7e and c not in (0x23, 0x25, 0x2c, 0x7e) else '%%%02X' % c for c in b)


def reply(r):
    if isinstance(r, RedisError):
        return 'ERR:' + r
    if isinstance(r, bytes):
        return 'OK:' + r.decode('latin-1')
    return 'OK:' + str(r)


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        f.write('# ' + header + '\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    print(name, len(rows), os.path.getsize(path))


# ---------------------------------------------------------------------------------------------
# Integers (string2ll): INCRBY on 0 echoes the parsed value; SETRANGE offset with an empty value
# on a missing key replies 0 for any valid non-negative offset.
def integer_inputs():
    fixed = ['0', '-0', '00', '01', '+1', '1', '-1', ' 1', '1 ', '', '-', '+', '1\x00', '\x001', '1.0',
             '1e3', '0x10', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
             '-9223372036854775809', '18446744073709551615', '18446744073709551616', '99999999999999999999',
             '-99999999999999999999', '100000000000000000000', '-00', '--1', '1-', '\xd9\xa1', '\t1', '12a',
             '9223372036854775806', '-9223372036854775807', '00000000000000000001', '-1000000000000000000',
             '10000000000000000000', '-10000000000000000000', '922337203685477580', '9223372036854775817']
    out = list(fixed)
    for _ in range(2500):
        kind = rnd.random()
        if kind < 0.35:
            n = rnd.choice([rnd.randint(-10 ** rnd.randint(1, 19), 10 ** rnd.randint(1, 19)),
                            rnd.randint(-2 ** 63 - 50, -2 ** 63 + 50), rnd.randint(2 ** 63 - 50, 2 ** 63 + 50),
                            rnd.randint(-2 ** 64 - 10, 2 ** 64 + 10)])
            out.append(str(n))
        elif kind < 0.7:
            length = rnd.randint(1, 22)
            s = ''.join(rnd.choice('0123456789') for _ in range(length))
            if rnd.random() < 0.4:
                s = '-' + s
            out.append(s)
        else:
            length = rnd.randint(0, 8)
            out.append(''.join(rnd.choice('0123456789-+ .e\x00x') for _ in range(length)))
    return out


def gen_integers(r):
    inputs = integer_inputs()
    r.cmd('flushall')
    cmds = []
    for s in inputs:
        cmds.append(('set', 'k', '0'))
        cmds.append(('incrby', 'k', s))
        cmds.append(('setrange', 'missing', s, ''))
    res = r.pipe(cmds)
    rows = []
    for i, s in enumerate(inputs):
        rows.append([hx(s), reply(res[3 * i + 1]), reply(res[3 * i + 2])])
    write('integers.tsv', 'input(enc)\tINCRBY k(=0) input\tSETRANGE missing input ""', rows)


# ---------------------------------------------------------------------------------------------
# Doubles: ZADD score acceptance + ZSCORE (%.17g) of the parsed value; ZCOUNT for strtod's
# lenient range parsing (count of fixed scores >= input).
RANGE_SCORES = ['-inf', '-1e300', '-16', '-1', '-0.5', '0', '4.9e-324', '1e-310', '0.5', '1', '2', '16', '1e300', 'inf']


def exact_decimal(fr, digits=None):
    """Exact decimal text of a Fraction whose denominator is a power of two."""
    neg = fr < 0
    fr = abs(fr)
    num, den = fr.numerator, fr.denominator
    k = den.bit_length() - 1
    assert den == 1 << k
    scaled = num * 5 ** k  # value = scaled / 10^k
    s = str(scaled)
    if k:
        s = s.rjust(k + 1, '0')
        s = s[:-k] + '.' + s[-k:]
    return ('-' if neg else '') + s


def double_neighbours_midpoint(x):
    """Exact midpoint between a positive finite double x and the next one up."""
    nxt = struct.unpack('<d', struct.pack('<q', struct.unpack('<q', struct.pack('<d', x))[0] + 1))[0]
    return (Fraction(x) + Fraction(nxt)) / 2


def double_inputs():
    fixed = ['inf', '+inf', '-inf', 'nan', 'NaN', '-nan', 'nan(1)', ' 1', '1 ', '0x10', '1e400', '1e-400', '1.', '.5',
             '1e', '-0', '+0', '0', '1\x00', '1\x002', '0x', '0x1p3', '0X.8', '0x.8p1', '0x1P-1074', '0x1p-1075',
             '0x1.8p-1075', '0x1.00000000000008p0', '0x1.000000000000080000001p0', '0x1.00000000000018p0',
             'infinity', '-Infinity', 'INF', 'infin', 'infinit', 'infinityy', '4.9e-324', '2e-324', '2.5e-324',
             '2.4703282292062327e-324', '2.4703282292062328e-324', '3e-324', '1e308', '1.8e308',
             '1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862315807e308',
             '1.7976931348623159e308', '\t1', '1\t', '\n1', '+.5', '-.5', '.', '+', '-', '', '1e+', '1e-', '1e+5',
             '1E5', '1e05', '00012', '1_0', '1d', '1f', '0e999999999999999999', '1e-999999999999999999',
             '1e999999999999999999', '0.000000000000000000000000000001e30', '1000000000000000.25',
             '1000000000000000.75', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '9007199254740993',
             '9007199254740995', '123456789012345678901234567890', '0.1', '0.2', '0.3', '1e23', '8.5e-323',
             '2.2250738585072011e-308', '2.2250738585072012e-308', '2.2250738585072014e-308', '+-1', '1..2', '1e1.5',
             '0x1p', '0x1p+', '0xg', '1 e5', '1e 5', '0' * 3000 + '1', '1' + '0' * 400, '1' * 5200,
             '0.' + '0' * 330 + '1', '1' * 30 + 'e-330', '\xd9\xa1', '\xb2', '1\xa0', '0x1.8', '0X1.8P+1', '-0x0p0']
    out = list(fixed)
    # correctly-rounded corner cases: exact midpoints and tiny perturbations, incl. subnormals
    for _ in range(110):
        choice = rnd.random()
        if choice < 0.4:
            x = abs(struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64) & 0x7fefffffffffffff))[0])
        elif choice < 0.7:
            x = rnd.uniform(0, 1e3)
        else:
            x = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(52)))[0]  # subnormal
        if x == 0 or x != x or x == float('inf'):
            continue
        mid = exact_decimal(double_neighbours_midpoint(x))
        out.append(mid)
        out.append(mid + '0000000000001' if '.' in mid else mid + '.0000000000001')
        # the midpoint minus one unit in its last place
        last = mid.rstrip('0')
        if last.endswith('5'):
            out.append(last[:-1] + '4' + '9' * 10)
    for _ in range(2500):
        kind = rnd.random()
        if kind < 0.3:
            x = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
            if x != x:
                continue
            out.append(rnd.choice([repr(x), '%.17g' % x, '%.25g' % x, '%.8e' % x, x.hex()]))
        elif kind < 0.55:
            mant = ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(1, 25)))
            if rnd.random() < 0.5:
                p = rnd.randint(0, len(mant))
                mant = mant[:p] + '.' + mant[p:]
            s = rnd.choice(['', '-', '+']) + mant
            if rnd.random() < 0.5:
                s += rnd.choice('eE') + rnd.choice(['', '-', '+']) + str(rnd.randint(0, 340))
            out.append(s)
        elif kind < 0.7:
            mant = ''.join(rnd.choice('0123456789abcdefABCDEF') for _ in range(rnd.randint(1, 20)))
            if rnd.random() < 0.5:
                p = rnd.randint(0, len(mant))
                mant = mant[:p] + '.' + mant[p:]
            s = rnd.choice(['', '-', '+']) + rnd.choice(['0x', '0X']) + mant
            if rnd.random() < 0.6:
                s += rnd.choice('pP') + rnd.choice(['', '-', '+']) + str(rnd.randint(0, 1100))
            out.append(s)
        else:
            out.append(''.join(rnd.choice('0123456789.eE+-xXpPinfaINFA \t') for _ in range(rnd.randint(0, 9))))
    return out


def gen_doubles(r):
    inputs = double_inputs()
    r.cmd('flushall')
    r.cmd('config', 'set', 'zset-max-listpack-entries', '0')  # skiplist keeps -0.0 (listpack stores it as 0)
    zr = []
    for i, s in enumerate(RANGE_SCORES):
        zr += [s, 'm%d' % i]
    r.cmd('zadd', 'zr', *zr)
    cmds = []
    for s in inputs:
        cmds.append(('del', 'z'))
        cmds.append(('zadd', 'z', s, 'm'))
        cmds.append(('zscore', 'z', 'm'))
        cmds.append(('zcount', 'zr', s, '+inf'))
    res = r.pipe(cmds)
    rows = []
    for i, s in enumerate(inputs):
        add, score, count = res[4 * i + 1], res[4 * i + 2], res[4 * i + 3]
        parsed = reply(add) if isinstance(add, RedisError) else reply(score)
        rows.append([hx(s), parsed, reply(count)])
    r.cmd('config', 'set', 'zset-max-listpack-entries', '128')
    write('doubles_parse.tsv', 'input(enc)\tZADD+ZSCORE (ERR:... or OK:%.17g)\tZCOUNT zr input +inf (scores: '
          + ' '.join(RANGE_SCORES) + ')', rows)


def gen_double_format(r):
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e15, 1e16, 1e17, 1e-4, 1e-5, 123456789012345678.0, 1000000000000000.25,
              1000000000000000.75, 2.0 ** 60, 2.0 ** -1074, 1.7976931348623157e308, 2.2250738585072014e-308,
              9007199254740993.0, 0.3, 1 / 3, 2 / 3, 99999999999999999.0, 0.00001, 0.0001, 1e21, 1e22, 5e-324]
    for _ in range(5000):
        kind = rnd.random()
        if kind < 0.5:
            x = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
            if x != x or x in (float('inf'), float('-inf')):
                continue
        elif kind < 0.75:
            x = round(rnd.uniform(-1e6, 1e6), rnd.randint(0, 12))
        elif kind < 0.9:
            x = rnd.uniform(-1, 1) * 10 ** rnd.randint(-20, 25)
        else:
            x = float(rnd.randint(-2 ** 62, 2 ** 62)) + rnd.choice([0, 0.25, 0.5, 0.75])
        values.append(x)
    r.cmd('flushall')
    r.cmd('config', 'set', 'zset-max-listpack-entries', '0')  # skiplist keeps -0.0
    cmds = []
    for x in values:
        cmds.append(('del', 'z'))
        cmds.append(('zadd', 'z', repr(x), 'm'))
        cmds.append(('zscore', 'z', 'm'))
    res = r.pipe(cmds)
    r.cmd('config', 'set', 'zset-max-listpack-entries', '128')
    rows = []
    for i, x in enumerate(values):
        assert res[3 * i + 1] == 1, res[3 * i + 1]
        rows.append(['%016x' % struct.unpack('<Q', struct.pack('<d', x))[0], res[3 * i + 2].decode()])
    write('doubles_format.tsv', 'double bits(hex)\tZSCORE reply', rows)


# ---------------------------------------------------------------------------------------------
# INCRBYFLOAT / HINCRBYFLOAT (80-bit long double): one row per step, stored value -> result.
def long_double_midpoint_text():
    m = rnd.getrandbits(63) | (1 << 63)
    k = rnd.randint(-140, 10)
    mid = Fraction(2 * m + 1) * Fraction(2) ** (k - 1)
    text = exact_decimal(mid)
    r = rnd.random()
    if r < 0.33:
        return text
    if r < 0.66:
        return text + ('' if '.' in text else '.') + '000000000001'
    last = text.rstrip('0')
    return last[:-1] + str(int(last[-1]) - 1) + '999999'


def random_float_text():
    k = rnd.random()
    if k < 0.25:
        return repr(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
    if k < 0.4:
        return '%.*f' % (rnd.randint(0, 20), rnd.uniform(-1, 1) * 10 ** rnd.randint(-5, 18))
    if k < 0.5:
        return str(rnd.randint(-10 ** 19, 10 ** 19))
    if k < 0.6:
        return rnd.choice(['0.1', '0.2', '0.3', '-0.1', '1e-17', '5e-18', '1.5e-17', '3.0e-17', '1e17', '1e18',
                           '1e19', '1e20', '123456789.123456789', '0.00000000000000001', '0.000000000000000015',
                           '9.99999999999999999', '1e-20', '-1e-20', '0x1p-60', '0x1.8p3', '1e400', '-1e400'])
    if k < 0.7:
        return long_double_midpoint_text()
    if k < 0.8:
        return '%.*e' % (rnd.randint(0, 25), rnd.uniform(-10, 10) * 10 ** rnd.randint(-30, 30))
    if k < 0.9:
        digits = ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(18, 60)))
        p = rnd.randint(1, len(digits))
        return rnd.choice(['', '-']) + digits[:p] + '.' + digits[p:]
    return rnd.choice(['inf', '-inf', 'nan', ' 1', '1 ', 'abc', '', '1e5000', '1e-5000', '1e-4940', '0x10',
                       '1\x00', '.', '1.', '.5', '+.5', '1e', '-0', '0' * 5119, '0' * 5120, '1e4932',
                       '1.18973149535723176502e4932', '1.18973149535723176508e4932', '3.6e-4951', '1.8e-4951',
                       '0x1p-16445', '0x1p-16446', '0x1.8p-16446', 'infinity', '1e4931'])


def gen_incrbyfloat(r):
    r.cmd('flushall')
    rows = []
    cmds = []
    cases = []
    for seq in range(450):
        current = None if rnd.random() < 0.5 else random_float_text()
        for step in range(rnd.randint(1, 8)):
            incr = random_float_text()
            cases.append((current, incr))
            cmds.append(('del', 's', 'h'))
            if current is not None:
                cmds.append(('set', 's', current))
                cmds.append(('hset', 'h', 'f', current))
            else:
                cmds.append(('ping',))
                cmds.append(('ping',))
            cmds.append(('incrbyfloat', 's', incr))
            cmds.append(('hincrbyfloat', 'h', 'f', incr))
            # the next step continues from the value Redis stored (when the step succeeded)
            res = r.pipe(cmds[-5:])
            cmds.clear()
            a, b = res[3], res[4]
            rows.append(['-' if current is None else hx(current), hx(incr), reply(a), reply(b)])
            if isinstance(a, bytes):
                current = a.decode()
                if len(current) > 400:
                    break  # keep the vectors small: huge values are covered by the fixed inputs
    write('incrbyfloat.tsv', 'stored value(enc, - = missing)\tincrement(enc)\tINCRBYFLOAT reply\tHINCRBYFLOAT reply',
          rows)


# ---------------------------------------------------------------------------------------------
# Glob: KEYS over a fixed key set (case-sensitive) and COMMAND LIST FILTERBY PATTERN (nocase).
GLOB_ALPHABET = ['a', 'b', 'A', 'B', 'z', '-', '^', ']', '[', '\\', '\x80', '\xff', '\x00', '*', '?']


def glob_keys():
    keys = {'', 'a', 'b', 'A', 'ab', 'ba', 'abc', 'aaa', 'aab', '[', ']', '^', '-', '\\', '*', '?', '\x80', '\xff',
            '\x00', 'a\x80', 'a-b', 'a]b', 'a[b', 'a\\b', 'zz', 'Ab', 'aB', 'xyz', 'hello', 'hallo', 'hxllo'}
    while len(keys) < 64:
        keys.add(''.join(rnd.choice(GLOB_ALPHABET[:13]) for _ in range(rnd.randint(1, 5))))
    keys.discard('')  # Redis keys can be empty too, but keep the set uniform
    return sorted(keys)


def glob_patterns():
    fixed = ['*', '**', '?', '??', '[', '[^', '[]', '[]]', '[a-]', '[a-]]', '[\\]]', '\\', '[\\', 'a*', '*a', '*a*',
             '[a-\xff]', '[\xff-a]', '[\x80-\xff]', '[\x00-\x7f]', '[\x7f-\x80]', '[^a-\xff]', '[z-a]', '[^a]*',
             'a\\*', '\\*', '\\?', '[*]', '[?]', '[a-b-z]', '[!a]', 'h?llo', 'h*llo', 'h[ae]llo', 'h[^e]llo',
             'h[a-b]llo', 'a[', 'a[b', '*[', '*\\', '[\\a]', '[a\\]', '[a\\]]', '[^]]', '[]a]', 'a**b', '*?*',
             '[-a]', '[a-a]', '[^-]', '[\\-]']
    out = list(fixed)
    for _ in range(3000):
        out.append(''.join(rnd.choice(GLOB_ALPHABET) for _ in range(rnd.randint(0, 7))))
    return out


NOCASE_ALPHABET = ['g', 'E', 't', 's', 'C', 'o', 'n', 'F', 'i', '|', '*', '?', '[', ']', '-', '^', '\\', 'X', 'a', 'R']


def gen_glob(r):
    keys = glob_keys()
    patterns = glob_patterns()
    r.cmd('flushall')
    r.cmd('select', '9')
    r.pipe([('set', k, '1') for k in keys])
    res = r.pipe([('keys', p) for p in patterns])
    rows = []
    index = {k.encode('latin-1'): i for i, k in enumerate(keys)}
    for p, matched in zip(patterns, res):
        mask = 0
        for k in matched:
            mask |= 1 << index[k]
        rows.append([hx(p), '%x' % mask])
    r.cmd('select', '0')
    header = 'keys(enc,comma-separated): ' + ','.join(hx(k) for k in keys) + '\npattern(enc)\tbitmask of matching keys'
    write('glob.tsv', header.replace('\n', '\n# '), rows)

    names = sorted(n.decode() for n in r.cmd('command', 'list'))
    npatterns = ['get*', 'GET*', '[G]et*', '[\\G]et*', '[\\g]et*', '[F-H]et*', '[f-h]ET*', '*|*', 'CONFIG|*', '[a-Z]*',
                 '[Z-a]*', 'x*']
    for _ in range(1500):
        body = ''.join(rnd.choice(NOCASE_ALPHABET) for _ in range(rnd.randint(1, 6)))
        npatterns.append(rnd.choice(['', '*']) + body + rnd.choice(['', '*']))
    res = r.pipe([('command', 'list', 'filterby', 'pattern', p) for p in npatterns])
    nindex = {n.encode(): i for i, n in enumerate(names)}
    rows = []
    for p, matched in zip(npatterns, res):
        mask = 0
        for k in matched:
            mask |= 1 << nindex[k]
        rows.append([hx(p), '%x' % mask])
    header = 'nocase subjects (enc,comma-separated): ' + ','.join(hx(n) for n in names) + \
             '\npattern(enc)\tbitmask of matching command names (COMMAND LIST FILTERBY PATTERN, nocase)'
    write('glob_nocase.tsv', header.replace('\n', '\n# '), rows)

    # pathological and nesting-limit patterns
    special = []
    for n in (10, 500, 999, 1000, 1001, 1002, 1100):
        special.append(('a*' * n + 'a', 'a' * (n + 1)))
        special.append(('*a' * n, 'a' * n))
        special.append(('*' + 'a*' * n, 'b' + 'a' * n + 'b'))
    special.append(('a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a' * 1500))
    special.append(('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a' * 1500 + 'c'))
    special.append(('*[^x]*[^x]*[^x]*[^x]*[^x]*x', 'y' * 2000))
    rows = []
    r.cmd('select', '8')
    r.cmd('flushdb')
    for p, k in special:
        r.cmd('set', k, '1')
        rows.append([hx(p), hx(k), '1' if r.cmd('keys', p) == [k.encode()] else '0'])
        r.cmd('del', k)
    r.cmd('select', '0')
    write('glob_special.tsv', 'pattern(enc)\tkey(enc)\tKEYS pattern matched the key', rows)


# ---------------------------------------------------------------------------------------------
def gen_lcs(r):
    r.cmd('flushall')
    rows = []
    fixed = [('ohmytext', 'mynewtext'), ('', ''), ('a', ''), ('', 'a'), ('abc', 'abc'), ('abc', 'cba'),
             ('aaaa', 'aa'), ('abcabcabc', 'cbacbacba'), ('\x00\xff\x80', '\x80\x00\xff'), ('x' * 300, 'y' * 300)]
    cases = []
    for a, b in fixed:
        for m in (0, 1, 2, 4):
            cases.append((a, b, m))
    for _ in range(1100):
        alpha = rnd.choice(['ab', 'abc', 'abcd', 'ACGT', 'abcdefghij', '\x00\x01\xfe\xff'])
        la = rnd.choice([rnd.randint(0, 12), rnd.randint(0, 40), rnd.randint(30, 150)])
        lb = rnd.choice([rnd.randint(0, 12), rnd.randint(0, 40), rnd.randint(30, 150)])
        a = ''.join(rnd.choice(alpha) for _ in range(la))
        b = ''.join(rnd.choice(alpha) for _ in range(lb))
        if rnd.random() < 0.2 and la > 10:  # related strings: long common runs
            b = a[:rnd.randint(0, la)] + ''.join(rnd.choice(alpha) for _ in range(3)) + a[rnd.randint(0, la):]
        cases.append((a, b, rnd.choice([0, 0, 1, 2, 3, 5, -1])))
    for a, b, m in cases:
        res = r.pipe([('set', 'a', a), ('set', 'b', b), ('lcs', 'a', 'b'), ('lcs', 'a', 'b', 'len'),
                      ('lcs', 'a', 'b', 'idx', 'minmatchlen', m, 'withmatchlen')])
        lcs, length, idx = res[2], res[3], res[4]
        assert idx[0] == b'matches' and idx[2] == b'len' and idx[3] == length
        matches = ';'.join('%d,%d,%d,%d,%d' % (x[0][0], x[0][1], x[1][0], x[1][1], x[2]) for x in idx[1])
        rows.append([hx(a), hx(b), str(m), hx(lcs), str(length), matches or '~'])
    write('lcs.tsv', 'a(enc)\tb(enc)\tminmatchlen\tLCS(enc)\tLEN\tIDX matches aStart,aEnd,bStart,bEnd,len;... (~ = none)',
          rows)


def gen_getrange(r):
    r.cmd('flushall')
    rows = []
    values = ['', 'a', 'hello', 'hello world', '0123456789abcdef']
    extremes = [-9223372036854775808, 9223372036854775807, -100, 100]
    cmds = []
    cases = []
    for v in values:
        for _ in range(120):
            s = rnd.choice([rnd.randint(-20, 20), rnd.choice(extremes)])
            e = rnd.choice([rnd.randint(-20, 20), rnd.choice(extremes)])
            cases.append((v, s, e))
    for v, s, e in cases:
        cmds.append(('set', 'k', v))
        cmds.append(('getrange', 'k', s, e))
    res = r.pipe(cmds)
    for i, (v, s, e) in enumerate(cases):
        rows.append([hx(v), str(s), str(e), hx(res[2 * i + 1])])
    write('getrange.tsv', 'value(enc)\tstart\tend\tGETRANGE reply(enc)', rows)


def main():
    r = Redis(PORT)
    version = r.cmd('info', 'server').decode()
    assert 'redis_version:7.0.15' in version, 'expected redis 7.0.15'
    gen_integers(r)
    gen_doubles(r)
    gen_double_format(r)
    gen_incrbyfloat(r)
    gen_glob(r)
    gen_lcs(r)
    gen_getrange(r)
    r.cmd('flushall')


if __name__ == '__main__':
    main()
