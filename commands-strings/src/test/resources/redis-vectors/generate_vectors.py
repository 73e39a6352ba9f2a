#!/usr/bin/env python3
"""Generates the Redis 7.0.15 test vectors used by the algo JUnit tests.

Run once against a real redis-server 7.0.15 (default port 16400):
    redis-server --port 16400 --save '' --appendonly no --daemonize yes
    python3 generate_vectors.py [port]
It writes hll.jsonl, bitops.jsonl, bitfield.jsonl next to itself.

Each line is one command sent to Redis:
  {"c": [args...], "r": reply, "k": {key: state}}
Lines {"blob": id, "x": hex} define a large value once; "@b:<id>" args refer to it.
args: plain text, or "~<hex>" for arbitrary bytes, or "@g:<seed>:<start>:<count>" which expands to
      <count> generated elements: element i = sha256(b"<seed>:<i>")[: i % 23]  (binary, 0..22 bytes).
reply: integer, null (nil), "+OK", "-<error line>", or a list of those (BITFIELD).
state: the key's GET after the command: null (absent), "x:<hex>" or "s:<first 24 hex digits of sha256>:<length>".
"""
import hashlib, json, os, random, socket, sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 16400
HERE = os.path.dirname(os.path.abspath(__file__))
BLOBS = {}


class R:
    def __init__(self, port):
        self.s = socket.create_connection(('127.0.0.1', port))
        self.f = self.s.makefile('rb')

    @staticmethod
    def enc(args):
        out = [b'*%d\r\n' % len(args)]
        for a in args:
            out.append(b'$%d\r\n%s\r\n' % (len(a), a))
        return b''.join(out)

    def read(self):
        line = self.f.readline()
        if not line:
            raise Exception('connection closed (redis crashed?)')
        line = line[:-2]
        t, rest = line[:1], line[1:]
        if t == b'+':
            return '+' + rest.decode()
        if t == b'-':
            return '-' + rest.decode('latin-1')
        if t == b':':
            return int(rest)
        if t == b'$':
            n = int(rest)
            if n < 0:
                return None
            return self.f.read(n + 2)[:-2]
        if t == b'*':
            n = int(rest)
            if n < 0:
                return None
            return [self.read() for _ in range(n)]
        raise Exception(line)

    def __call__(self, *args):
        self.s.sendall(self.enc(args))
        return self.read()


def gen_elements(seed, start, count):
    return [hashlib.sha256(b'%d:%d' % (seed, i)).digest()[: i % 23] for i in range(start, start + count)]


def expand(args):
    out = []
    for a in args:
        if isinstance(a, bytes):
            out.append(a)
        elif a.startswith('@g:'):
            _, seed, start, count = a.split(':')
            out.extend(gen_elements(int(seed), int(start), int(count)))
        elif a.startswith('~'):
            out.append(bytes.fromhex(a[1:]))
        elif a.startswith('@b:'):
            out.append(BLOBS[a[3:]])
        else:
            out.append(a.encode('latin-1'))
    return out


def arg_text(a, blobs=None):
    if isinstance(a, bytes):
        if blobs is not None and len(a) > 1024:
            bid = hashlib.sha256(a).hexdigest()[:16]
            if bid not in blobs:
                blobs[bid] = a
            return '@b:' + bid
        if all(32 < c < 127 for c in a) and not a.startswith((b'~', b'@')):
            return a.decode()
        return '~' + a.hex()
    return a


def state(v, full=False):
    if v is None:
        return None
    if full or len(v) <= 64:
        return 'x:' + v.hex()
    return 's:%s:%d' % (hashlib.sha256(v).hexdigest()[:24], len(v))


class Gen:
    def __init__(self, r, path):
        self.r = r
        self.lines = []
        self.path = path

    def cmd(self, args, keys=(), full=()):
        before = set(BLOBS)
        args = [arg_text(a, BLOBS) for a in args]
        for bid in BLOBS:
            if bid not in before:
                self.lines.append(json.dumps({'blob': bid, 'x': BLOBS[bid].hex()}, separators=(',', ':')))
        reply = self.r(*expand(args))
        if isinstance(reply, bytes):
            raise Exception('unexpected bulk reply for %r' % args)
        st = {}
        if args[0].lower() == 'set':
            keys = ()  # the value is the argument
        for k in keys:
            st[k] = state(self.r(b'get', k.encode()), k in full)
        self.lines.append(json.dumps({'c': args, 'r': reply, 'k': st}, separators=(',', ':')))
        return reply

    def get(self, key):
        return self.r(b'get', key.encode())

    def flush(self):
        self.cmd(['flushall'])

    def save(self):
        with open(self.path, 'w') as f:
            f.write('\n'.join(self.lines) + '\n')
        print('%s: %d lines, %d bytes' % (self.path, len(self.lines), os.path.getsize(self.path)))


# ---------------------------------------------------------------- HyperLogLog
HIGH_COUNT_ELEMENTS = [3130853818, 7555790606, 9524120947]  # register value 33 (found by brute force)


def hc(i):
    return HIGH_COUNT_ELEMENTS[i].to_bytes(8, 'little')


M64 = (1 << 64) - 1


def murmur64a(data, seed=0xadc83b19):
    m, r = 0xc6a4a7935bd1e995, 47
    h = (seed ^ (len(data) * m)) & M64
    n = len(data) - (len(data) & 7)
    for i in range(0, n, 8):
        k = int.from_bytes(data[i:i + 8], 'little')
        k = (k * m) & M64
        k ^= k >> r
        k = (k * m) & M64
        h ^= k
        h = (h * m) & M64
    rem = len(data) & 7
    if rem:
        for i in range(rem - 1, -1, -1):
            h ^= data[n + i] << (8 * i)
        h = (h * m) & M64
    h ^= h >> r
    h = (h * m) & M64
    h ^= h >> r
    return h


def reg_of(ele):
    h = murmur64a(ele)
    x = (h >> 14) | (1 << 50)
    return h & 16383, (x & -x).bit_length()


def sparse_ops(runs):
    """runs: list of ('z', n) zero registers (ZERO if n <= 64 and not forced), ('x', n) XZERO, ('v', value, n)."""
    out = bytearray()
    for run in runs:
        if run[0] == 'z':
            n = run[1]
            while n > 0:
                k = min(n, 64)
                out.append(k - 1)
                n -= k
        elif run[0] == 'x':
            n = run[1]
            while n > 0:
                k = min(n, 16384)
                out += bytes([0x40 | ((k - 1) >> 8), (k - 1) & 0xff])
                n -= k
        else:
            _, v, n = run
            out.append(0x80 | ((v - 1) << 2) | (n - 1))
    return out


def crafted(idx, around, after_runs=None):
    """A sparse HLL: zeros up to the runs 'around' placed so that 'around' starts at register idx - offset."""
    offset, runs = around
    covered = 0
    for run in runs:
        covered += run[1] if run[0] in 'zx' else run[2]
    start = idx - offset
    total_after = 16384 - start - covered
    assert start >= 0 and total_after >= 0, (idx, around)
    body = sparse_ops(([('x', start)] if start else []) + runs + ([('x', total_after)] if total_after else []))
    return b'HYLL\x01\x00\x00\x00' + bytes(7) + b'\x80' + bytes(body)


def hll_crafted(g):
    """Sparse values built around the register of a known element, to reach every branch of the sparse update."""
    eles = [b'a', b'b', b'foo', b'bar', b'redis', b'hll']
    eles = [e for e in eles if 200 < reg_of(e)[0] < 16000]
    cases = []
    for e in eles:
        idx, cnt = reg_of(e)
        lo = max(1, cnt - 1)
        cases += [
            (0, [('v', cnt + 1, 1)]),                     # VAL already larger: no change
            (0, [('v', cnt, 1)]),                         # VAL equal: no change
            (0, [('z', 1)]),                              # ZERO len 1 -> VAL
            (1, [('v', cnt, 1), ('z', 1), ('v', cnt, 1)]),  # ZERO len 1 between equal VALs: merge both sides
            (1, [('v', cnt, 2), ('z', 1), ('v', cnt, 2)]),  # merge would exceed len 4
            (1, [('v', cnt, 1), ('z', 1), ('v', cnt, 3)]),
            (0, [('x', 1)]),                              # XZERO len 1 (shrinks by one byte)
            (0, [('x', 2)]), (1, [('x', 2)]), (0, [('x', 3)]), (1, [('x', 3)]),
            (30, [('x', 100)]), (70, [('x', 140)]), (64, [('x', 129)]), (65, [('x', 130)]), (64, [('x', 130)]),
            (0, [('z', 64)]), (63, [('z', 64)]), (10, [('z', 20)]),
            (2, [('v', cnt, 1), ('z', 3), ('v', 1, 1), ('v', 1, 1)]),   # merge needs the 5th scanned opcode
            (2, [('v', cnt, 1), ('z', 3), ('v', cnt, 1), ('v', cnt, 1)]),
            (1, [('v', cnt, 1), ('z', 3), ('v', 1, 1), ('v', 1, 1)]),
            (1, [('z', 1), ('x', 3), ('v', 2, 1), ('v', 2, 1)]),
        ]
        if lo < cnt:
            for pos in range(4):
                cases.append((pos, [('v', lo, 4)]))           # split a VAL run at each position
            cases.append((0, [('v', lo, 2)]))
            cases.append((1, [('v', lo, 2)]))
            cases.append((1, [('v', cnt, 1), ('v', lo, 1), ('v', cnt, 1)]))
            cases.append((2, [('v', cnt, 1), ('v', cnt, 1), ('v', lo, 1), ('v', cnt, 1)]))
        for around in cases:
            v = crafted(idx, around)
            g.cmd(['set', 'cr', v])
            g.cmd(['pfadd', 'cr', e], ['cr'], full=['cr'])
            g.cmd(['pfcount', 'cr'], ['cr'])
        cases = []
    # near the sparse size limit: a split that needs +2 bytes when 1 / 2 / 3 bytes are left
    e = eles[0]
    idx, cnt = reg_of(e)
    for pad in range(0, 6):
        body = sparse_ops([('v', 1, 1), ('z', 1)] * 600)
        head = b'HYLL\x01\x00\x00\x00' + bytes(7) + b'\x80'
        regs = 1200
        base = head + bytes(body)
        # fill up to ~2995 + pad bytes with alternating VAL/ZERO, keep idx inside a big XZERO
        extra = 3000 - 4 - len(base) + pad
        body2 = sparse_ops([('v', 2, 1), ('z', 1)] * (extra // 2))
        regs += 2 * (extra // 2)
        assert regs < idx - 10 or True
        v = base + bytes(body2)
        rest = 16384 - regs
        v += bytes(sparse_ops([('x', rest)]))
        g.cmd(['set', 'lim', v])
        g.cmd(['pfadd', 'lim', b'zz%d' % pad, e], ['lim'])
        g.cmd(['pfcount', 'lim'], ['lim'])


def hll(r):
    g = Gen(r, os.path.join(HERE, 'hll.jsonl'))
    rnd = random.Random(7001)
    g.flush()
    # empty HLLs
    g.cmd(['pfadd', 'e'], ['e'])
    g.cmd(['pfadd', 'e'], ['e'])
    g.cmd(['pfcount', 'e'], ['e'])
    g.cmd(['pfadd', 'e'], ['e'])
    g.cmd(['pfcount', 'nokey'], ['nokey'])
    g.cmd(['pfcount', 'nokey', 'nokey2'], ['nokey'])
    g.cmd(['pfadd', 'one', 'a'], ['one'])
    g.cmd(['pfadd', 'one', 'a'], ['one'])
    g.cmd(['pfadd', 'one', 'b', 'c', 'a'], ['one'])
    g.cmd(['pfadd', 'one', ''], ['one'])
    g.cmd(['pfcount', 'one'], ['one'])
    g.cmd(['pfcount', 'one'], ['one'])
    g.cmd(['pfadd', 'one', 'd'], ['one'])
    g.cmd(['pfcount', 'one'], ['one'])

    # sized HLLs: 0, 1, 100, 1000, 5000, 100000 elements
    for seed, n in [(10, 0), (11, 1), (12, 100), (13, 1000), (14, 5000), (15, 100000)]:
        key = 'h%d' % n
        done = 0
        step = 0
        if n == 0:
            g.cmd(['pfadd', key], [key], full=[key])
        while done < n:
            if done < 300:
                size = 1
            elif done < 3000:
                size = 37
            else:
                size = 1000 if n < 50000 else 5000
            size = min(size, n - done)
            g.cmd(['pfadd', key, '@g:%d:%d:%d' % (seed, done, size)], [key])
            done += size
            step += 1
            if step % 13 == 0:
                g.cmd(['pfcount', key], [key])
        g.cmd(['pfadd', key, '@g:%d:%d:%d' % (seed, 0, min(n, 500))], [key])  # duplicates
        g.cmd(['pfcount', key], [key], full=[key] if n <= 5000 else [])
        g.cmd(['pfcount', key], [key])
        g.cmd(['pfadd', key, '@g:%d:%d:%d' % (seed, 0, min(n, 50))], [key])
        g.cmd(['pfcount', key], [key])

    # one element at a time through the sparse -> dense promotion
    for i in range(2300):
        g.cmd(['pfadd', 'inc', '@g:16:%d:1' % i], ['inc'])
        if i % 97 == 0:
            g.cmd(['pfcount', 'inc'], ['inc'])
    g.cmd(['pfcount', 'inc'], ['inc'], full=['inc'])

    # many cardinalities for the estimator (fresh key each time, count only)
    total = 0
    for i in range(120):
        size = rnd.choice([1, 2, 3, 5, 10, 50, 200, 1000, 3000])
        g.cmd(['pfadd', 'est', '@g:17:%d:%d' % (total, size)])
        total += size
        g.cmd(['pfcount', 'est'])
    g.cmd(['pfcount', 'est'], ['est'])

    # register value 33: sparse -> dense promotion by value
    g.cmd(['pfadd', 'hc1', hc(0)], ['hc1'], full=['hc1'])
    g.cmd(['pfcount', 'hc1'], ['hc1'])
    g.cmd(['pfadd', 'hc2', '@g:18:0:40'], ['hc2'])
    g.cmd(['pfcount', 'hc2'], ['hc2'])
    g.cmd(['pfadd', 'hc2', '@g:18:40:5', hc(1), '@g:18:45:5'], ['hc2'])
    g.cmd(['pfcount', 'hc2'], ['hc2'])
    g.cmd(['pfadd', 'hc2', hc(1)], ['hc2'])
    g.cmd(['pfadd', 'h5000', hc(2), hc(0)], ['h5000'])
    g.cmd(['pfcount', 'h5000'], ['h5000'])
    g.cmd(['pfmerge', 'hcm', 'hc1', 'h100'], ['hcm', 'hc1', 'h100'])
    g.cmd(['pfadd', 'hc3', '@g:19:0:200'], ['hc3'])
    g.cmd(['pfmerge', 'hcm2', 'hc3', 'one'], ['hcm2'])  # sparse only
    g.cmd(['set', 'hcsp', g.get('hc3')], ['hcsp'])
    g.cmd(['pfcount', 'hcsp', 'hc1'], ['hcsp', 'hc1'])

    # multi-key PFCOUNT
    keys = ['h1', 'h100', 'h1000', 'h5000', 'h100000', 'one', 'e', 'nokey', 'inc', 'hc1']
    for _ in range(40):
        ks = rnd.sample(keys, rnd.randint(2, 4))
        g.cmd(['pfcount'] + ks, ks)
    g.cmd(['pfcount', 'h100', 'h100'], ['h100'])

    # PFMERGE
    g.cmd(['pfmerge', 'm1', 'h1', 'h100'], ['m1'], full=['m1'])
    g.cmd(['pfcount', 'm1'], ['m1'])
    g.cmd(['pfmerge', 'm2', 'h100', 'h1000'], ['m2'])
    g.cmd(['pfmerge', 'm3', 'h5000'], ['m3'])
    g.cmd(['pfmerge', 'm4', 'h1', 'h5000', 'nokey'], ['m4'])
    g.cmd(['pfmerge', 'm5'], ['m5'], full=['m5'])
    g.cmd(['pfmerge', 'm5'], ['m5'], full=['m5'])
    g.cmd(['pfmerge', 'm6', 'nokey'], ['m6'], full=['m6'])
    g.cmd(['set', 'c100', g.get('h100')], ['c100'])
    g.cmd(['pfcount', 'c100'], ['c100'])
    g.cmd(['pfmerge', 'c100', 'h1', 'one'], ['c100'], full=['c100'])
    g.cmd(['pfmerge', 'c100', 'h1000'], ['c100'])
    g.cmd(['pfmerge', 'c100', 'h5000'], ['c100'])
    g.cmd(['pfmerge', 'h1', 'h1'], ['h1'], full=['h1'])
    g.cmd(['set', 'd1', g.get('h5000')], ['d1'])
    g.cmd(['pfmerge', 'd1', 'h100', 'one'], ['d1'])
    g.cmd(['pfcount', 'd1'], ['d1'])
    g.cmd(['pfmerge', 'm7', 'h100000', 'h5000', 'h1000', 'h100', 'h1', 'e'], ['m7'])
    g.cmd(['pfcount', 'm7'], ['m7'])
    g.cmd(['pfcount', 'h100000', 'h5000', 'h1000', 'h100', 'h1', 'e'])
    # all-sparse inputs whose union outgrows hll-sparse-max-bytes: promoted during the merge
    g.cmd(['pfadd', 'h1000b', '@g:22:0:1000'], ['h1000b'])
    g.cmd(['pfmerge', 'mbig', 'h1000', 'h1000b'], ['mbig'])
    g.cmd(['pfcount', 'mbig'], ['mbig'])
    g.cmd(['set', 'mbig2', g.get('h1000')], ['mbig2'])
    g.cmd(['pfmerge', 'mbig2', 'h1000b'], ['mbig2'])
    g.cmd(['pfcount', 'h1000', 'h1000b'], ['h1000', 'h1000b'])
    g.cmd(['pfadd', 'hcx', '@g:23:0:700'], ['hcx'])
    g.cmd(['pfadd', 'hcx', hc(2), '@g:23:700:10'], ['hcx'])
    g.cmd(['pfmerge', 'hcy', 'hcx', 'h1000'], ['hcy'])
    for i in range(30):
        ks = rnd.sample(['h1', 'h100', 'h1000', 'one', 'e', 'nokey', 'hc3', 'inc'], rnd.randint(1, 3))
        dest = 'mm%d' % i
        if rnd.random() < 0.5:
            g.cmd(['set', dest, g.get(rnd.choice(['h100', 'one', 'e', 'hc3']))], [dest])
        g.cmd(['pfmerge', dest] + ks, [dest])
        g.cmd(['pfcount', dest], [dest])

    # invalid and corrupted values
    empty = bytes.fromhex('48594c4c01000000000000000000007fff'.replace('7fff', '007fff'))
    assert len(empty) == 18
    hdr_sparse = bytes.fromhex('48594c4c01000000') + bytes(8)
    hdr_sparse_inv = bytes.fromhex('48594c4c01000000') + bytes(7) + b'\x80'
    hdr_dense = bytes.fromhex('48594c4c00000000') + bytes(8)
    hdr_dense_inv = bytes.fromhex('48594c4c00000000') + bytes(7) + b'\x80'
    bad = [
        b'abc', b'', b'HYLL', b'12345678901234567890', hdr_sparse[:15], b'hyll' + hdr_sparse[4:] + b'\x7f\xff',
        b'HYLL\x02' + hdr_sparse[5:] + b'\x7f\xff', b'HYLL\xff' + hdr_sparse[5:] + b'\x7f\xff',
        hdr_dense + bytes(12287), hdr_dense + bytes(12289), hdr_dense + b'\x7f\xff',
    ]
    corrupt = [
        hdr_sparse, hdr_sparse_inv,
        hdr_sparse + b'\x7f', hdr_sparse_inv + b'\x7f', hdr_sparse_inv + b'\x80\x7f',
        hdr_sparse_inv + b'\x7f\xfe', hdr_sparse_inv + b'\x7f\xff\x80', hdr_sparse_inv + b'\x7f\xff\x00',
        hdr_sparse_inv + b'\x7f\xfd\x83', hdr_sparse_inv + b'\x7f\xfd\x87', hdr_sparse_inv + b'\x40\x00\x7f\xff',
        hdr_sparse_inv + b'\x3f' * 256, hdr_sparse_inv + b'\x3f' * 257, hdr_sparse_inv + b'\xfc' * 4096,
        hdr_sparse_inv + b'\xfc' * 4097, hdr_sparse + b'\x7f\xff\x7f\xff',
        hdr_sparse_inv + b'\x40',
        bytes.fromhex('48594c4c01abcdef1234000000000000') + b'\x7f\xff',
        bytes.fromhex('48594c4c01abcdef1234000000000080') + b'\x7f\xff',
        hdr_dense + bytes([rnd.randrange(256) for _ in range(12288)]),
        hdr_dense_inv + bytes([rnd.randrange(256) for _ in range(12288)]),
        bytes.fromhex('48594c4c00000000ffffffffffffff7f') + bytes(12288),
        hdr_dense_inv + b'\xff' * 12288,
        hdr_dense_inv + bytes(12288),
        hdr_dense_inv + bytes([0x33, 0xcf, 0x3c]) * 4096,  # all registers 51
    ]
    for i, v in enumerate(bad + corrupt):
        for op in range(5):
            g.cmd(['set', 'bad', v], ['bad'])
            if op == 0:
                g.cmd(['pfadd', 'bad', 'a', 'b', 'x'], ['bad'])
            elif op == 1:
                g.cmd(['pfcount', 'bad'], ['bad'])
            elif op == 2:
                g.cmd(['pfcount', 'h100', 'bad', 'h1'], ['bad'])
            elif op == 3:
                g.cmd(['pfmerge', 'dst%d' % i, 'h1', 'bad'], ['dst%d' % i, 'bad'])
            else:
                g.cmd(['pfmerge', 'bad', 'h100'], ['bad'])
        g.cmd(['set', 'bad', v], ['bad'])
        g.cmd(['pfadd', 'bad', '@g:20:0:300'], ['bad'])
        g.cmd(['pfcount', 'bad'], ['bad'])

    hll_crafted(g)
    for v in corrupt[:17]:
        g.cmd(['set', 'bad', v])
        g.cmd(['pfadd', 'bad', hc(0)], ['bad'])
        g.cmd(['set', 'bad', v])
        g.cmd(['pfmerge', 'bad', 'h5000'], ['bad'])

    # fuzz: mutated sparse values
    bases = [g.get(k) for k in ['h100', 'one', 'hc3', 'm1', 'e']]
    for i in range(700):
        v = bytearray(rnd.choice(bases))
        for _ in range(rnd.randint(1, 3)):
            kind = rnd.randrange(6)
            pos = rnd.randrange(16, len(v)) if len(v) > 16 else 16
            if kind == 0 and len(v) > 16:
                v[pos] = rnd.randrange(256)
            elif kind == 1 and len(v) > 16:
                v[pos] ^= 1 << rnd.randrange(8)
            elif kind == 2:
                v[pos:pos] = bytes([rnd.randrange(256) for _ in range(rnd.randint(1, 3))])
            elif kind == 3 and len(v) > 17:
                del v[pos:pos + rnd.randint(1, 3)]
            elif kind == 4:
                v = v[:rnd.randint(16, len(v))]
            else:
                v[15] ^= 0x80
        v = bytes(v)
        g.cmd(['set', 'fz', v], ['fz'])
        op = rnd.randrange(5)
        if op == 0:
            g.cmd(['pfadd', 'fz', '@g:21:%d:%d' % (i * 10, rnd.randint(1, 10))], ['fz'])
        elif op == 1:
            g.cmd(['pfcount', 'fz'], ['fz'])
        elif op == 2:
            g.cmd(['pfcount', 'fz', 'one'], ['fz'])
        elif op == 3:
            g.cmd(['pfmerge', 'fz2', 'fz', 'one'], ['fz2', 'fz'])
        else:
            g.cmd(['pfmerge', 'fz', 'h100'], ['fz'])
        g.cmd(['pfcount', 'fz'], ['fz'])
    g.save()


# ---------------------------------------------------------------- BITCOUNT / BITPOS / BITOP / SETBIT / GETBIT
LLMAX = 9223372036854775807
LLMIN = -9223372036854775808


def rand_index(rnd, n):
    c = rnd.random()
    if c < 0.05:
        return rnd.choice([LLMAX, LLMIN, LLMAX - 1, LLMIN + 1, 1 << 40, -(1 << 40)])
    if c < 0.15:
        return rnd.choice([0, -1, n, -n, n - 1, -n - 1, 8 * n, -8 * n, 8 * n - 1, -8 * n - 1, 8 * n + 7])
    m = 8 * n + 10 if rnd.random() < 0.5 else n + 3
    return rnd.randint(-m, m)


def rand_string(rnd):
    n = rnd.choice([0, 1, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 40, 100])
    kind = rnd.randrange(5)
    if kind == 0:
        return bytes([rnd.randrange(256) for _ in range(n)])
    if kind == 1:
        return b'\xff' * n
    if kind == 2:
        return b'\x00' * n
    if kind == 3:
        v = bytearray(b'\xff' * n)
        if n:
            p = rnd.randrange(8 * n)
            v[p >> 3] &= ~(0x80 >> (p & 7))
        return bytes(v)
    v = bytearray(n)
    if n:
        p = rnd.randrange(8 * n)
        v[p >> 3] |= 0x80 >> (p & 7)
    return bytes(v)


def unit(rnd):
    return rnd.choice(['BIT', 'BYTE', 'bit', 'byte', 'Bit', 'bYtE'])


def bitops(r):
    g = Gen(r, os.path.join(HERE, 'bitops.jsonl'))
    rnd = random.Random(7002)
    g.flush()
    strings = [rand_string(rnd) for _ in range(60)] + [b'foobar', b'12345', b'\x00', b'\xff\xf0\x00', b'\x00\x0f\xff']
    for s in strings:
        g.cmd(['set', 'k', s], ['k'])
        n = len(s)
        g.cmd(['bitcount', 'k'])
        for _ in range(25):
            a = [str(rand_index(rnd, n)), str(rand_index(rnd, n))]
            if rnd.random() < 0.6:
                a.append(unit(rnd))
            g.cmd(['bitcount', 'k'] + a)
        for bit in ('0', '1'):
            g.cmd(['bitpos', 'k', bit])
            for _ in range(20):
                a = [str(rand_index(rnd, n))]
                c = rnd.random()
                if c < 0.75:
                    a.append(str(rand_index(rnd, n)))
                    if c < 0.5:
                        a.append(unit(rnd))
                g.cmd(['bitpos', 'k', bit] + a)
    # errors and odd argument shapes
    g.cmd(['set', 'k', 'foobar'])
    for a in (['bitcount', 'k', '0'], ['bitcount', 'k', 'a', '1'], ['bitcount', 'k', '0', 'b'],
              ['bitcount', 'k', '0', '1', 'bits'], ['bitcount', 'k', '0', '1', 'bit', 'x'],
              ['bitcount', 'k', '0', '1', b'bit\x00x'], ['bitcount', 'k', '01', '1'], ['bitcount', 'k', '+1', '1'],
              ['bitcount', 'k', '-0', '1'], ['bitcount', 'k', ' 1', '1'], ['bitcount', 'k', '9223372036854775808', '1'],
              ['bitcount', 'nokey', 'a'], ['bitcount', 'nokey', '0', '1', 'x', 'y'], ['bitcount', 'nokey'],
              ['bitpos', 'k', '2'], ['bitpos', 'k', '-1'], ['bitpos', 'k', 'a'], ['bitpos', 'k', '1', 'a'],
              ['bitpos', 'k', '1', '0', 'a'], ['bitpos', 'k', '1', '0', '1', 'bits'], ['bitpos', 'k', '1', 'a', '1', 'bits'],
              ['bitpos', 'k', '1', '0', 'a', 'bits'], ['bitpos', 'k', '1', '0', '1', 'bit', 'x'],
              ['bitpos', 'nokey', '1', 'a', 'b', 'c', 'd'], ['bitpos', 'nokey', '0', 'a'], ['bitpos', 'nokey', '2'],
              ['bitpos', 'nokey', '1'], ['bitpos', 'k', '01'], ['bitpos', 'k', '1', '0', '-1', b'BYTE\x00']):
        g.cmd(a)
    # BITOP
    ops = ['and', 'or', 'xor', 'not', 'AND', 'Or', 'xOR', 'NOT']
    for i in range(250):
        op = rnd.choice(ops)
        nsrc = 1 if op.lower() == 'not' else rnd.randint(1, 4)
        srcs = []
        for j in range(nsrc):
            key = 's%d' % j
            if rnd.random() < 0.15:
                g.cmd(['del', key], [key])
            else:
                n = rnd.choice([0, 1, 2, 3, 5, 8, 9, 16, 17, 33])
                g.cmd(['set', key, bytes([rnd.randrange(256) for _ in range(n)])], [key])
            srcs.append(key)
        if rnd.random() < 0.2 and nsrc > 1:
            srcs[-1] = srcs[0]
        dest = rnd.choice(['d', 's0', 'd'])
        if rnd.random() < 0.3:
            g.cmd(['set', dest, 'old'], [dest])
        g.cmd(['bitop', op, dest] + srcs, [dest])
    g.cmd(['del', 'x'])
    g.cmd(['set', 'd', 'zz'], ['d'])
    g.cmd(['bitop', 'and', 'd', 'x', 'y'], ['d'])
    for a in (['bitop', 'foo', 'd', 'k'], ['bitop', 'not', 'd', 'k', 'k'], ['bitop', 'nand', 'd', 'k'],
              ['bitop', b'and\x00x', 'd', 'k'], ['bitop', 'andx', 'd', 'k']):
        g.cmd(a, ['d'])
    # SETBIT / GETBIT
    g.cmd(['del', 'b'])
    for i in range(500):
        c = rnd.random()
        off = rnd.choice([rnd.randint(0, 40), rnd.randint(0, 400), rnd.randint(0, 2000)])
        if c < 0.45:
            g.cmd(['setbit', 'b', str(off), rnd.choice(['0', '1'])], ['b'])
        elif c < 0.9:
            g.cmd(['getbit', 'b', str(off)])
        elif c < 0.95:
            g.cmd(['del', 'b'], ['b'])
        else:
            g.cmd(['set', 'b', rand_string(rnd)], ['b'])
    for a in (['setbit', 'b', '-1', '1'], ['setbit', 'b', 'a', '1'], ['setbit', 'b', '#1', '1'],
              ['setbit', 'b', '4294967296', '1'], ['setbit', 'b', '1', '2'], ['setbit', 'b', '1', '-1'],
              ['setbit', 'b', '1', 'a'], ['setbit', 'b', '1', '01'], ['setbit', 'b', 'x', 'y'],
              ['getbit', 'b', '4294967295'], ['getbit', 'b', '4294967296'], ['getbit', 'b', '-1'],
              ['getbit', 'nokey', '5'], ['getbit', 'nokey', 'x'], ['getbit', 'b', '#1'], ['getbit', 'b', '1.0'],
              ['setbit', 'nb', '17', '1'], ['setbit', 'nb', '17', '1'], ['setbit', 'nb', '3', '0'],
              ['setbit', 'nb2', '0', '0']):
        g.cmd(a, ['b', 'nb', 'nb2'])
    g.save()


# ---------------------------------------------------------------- BITFIELD
def rand_type(rnd):
    if rnd.random() < 0.5:
        return 'i', rnd.choice([1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 31, 32, 33, 63, 64, 64, rnd.randint(1, 64)])
    return 'u', rnd.choice([1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 31, 32, 33, 62, 63, 63, rnd.randint(1, 63)])


def rand_value(rnd, sign, bits):
    c = rnd.random()
    if sign == 'i':
        mx, mn = (1 << (bits - 1)) - 1, -(1 << (bits - 1))
    else:
        mx, mn = (1 << bits) - 1, 0
    if c < 0.3:
        v = rnd.choice([mx, mn, mx + 1, mn - 1, mx - 1, mn + 1, 0, 1, -1, 2 * mx, -2 * mx - 2, LLMAX, LLMIN])
    elif c < 0.6:
        v = rnd.randint(-10, 10)
    elif c < 0.8:
        v = rnd.randint(mn - 3, mx + 3)
    else:
        v = rnd.randint(LLMIN, LLMAX)
    return str(max(LLMIN, min(LLMAX, v)))


def bitfield(r):
    g = Gen(r, os.path.join(HERE, 'bitfield.jsonl'))
    rnd = random.Random(7003)
    g.flush()
    for i in range(900):
        c = rnd.random()
        if c < 0.04:
            g.cmd(['del', 'f'], ['f'])
            continue
        if c < 0.08:
            g.cmd(['set', 'f', rand_string(rnd)], ['f'])
            continue
        args = []
        ro = rnd.random() < 0.1
        for _ in range(rnd.randint(1, 6)):
            k = rnd.random()
            if k < 0.2 and not ro:
                args += ['OVERFLOW' if rnd.random() < 0.5 else 'overflow', rnd.choice(['WRAP', 'SAT', 'FAIL', 'wrap', 'sat', 'fail'])]
                continue
            sign, bits = rand_type(rnd)
            if rnd.random() < 0.2:
                off = '#%d' % rnd.randint(0, 12)
            else:
                off = str(rnd.choice([rnd.randint(0, 64), rnd.randint(0, 300)]))
            sub = 'get' if ro else rnd.choice(['get', 'set', 'incrby', 'incrby', 'GET', 'SET', 'INCRBY'])
            args += [sub, '%s%d' % (sign, bits), off]
            if sub.lower() != 'get':
                args.append(rand_value(rnd, sign, bits))
        g.cmd(['bitfield_ro' if ro else 'bitfield', 'f'] + args, ['f'])
    # edges: i64 / u63 / u1 / i1 limits
    edge = [
        ['set', 'i64', '0', '9223372036854775807'], ['incrby', 'i64', '0', '1'], ['get', 'i64', '0'],
        ['overflow', 'sat', 'incrby', 'i64', '0', '9223372036854775807'], ['incrby', 'i64', '0', '-9223372036854775808'],
        ['overflow', 'fail', 'incrby', 'i64', '0', '-9223372036854775808'], ['set', 'i64', '0', '-9223372036854775808'],
        ['incrby', 'i64', '0', '-1'], ['overflow', 'sat', 'incrby', 'i64', '0', '-1'], ['overflow', 'fail', 'incrby', 'i64', '0', '-1'],
        ['set', 'u63', '64', '9223372036854775807'], ['incrby', 'u63', '64', '1'], ['overflow', 'sat', 'incrby', 'u63', '64', '-1'],
        ['overflow', 'sat', 'set', 'u63', '64', '-1'], ['overflow', 'fail', 'set', 'u63', '64', '-1'],
        ['overflow', 'wrap', 'set', 'u63', '64', '-1'], ['get', 'u63', '64'], ['overflow', 'sat', 'incrby', 'u63', '64', '9223372036854775807'],
        ['overflow', 'wrap', 'incrby', 'u63', '64', '-9223372036854775808'], ['get', 'i64', '64'],
        ['set', 'u1', '200', '1'], ['incrby', 'u1', '200', '1'], ['overflow', 'sat', 'incrby', 'u1', '200', '5'],
        ['set', 'i1', '201', '-1'], ['incrby', 'i1', '201', '1'], ['overflow', 'sat', 'incrby', 'i1', '201', '-5'],
        ['overflow', 'fail', 'set', 'i1', '201', '1'], ['overflow', 'sat', 'set', 'i8', '300', '200'],
        ['overflow', 'sat', 'set', 'i8', '300', '-200'], ['overflow', 'wrap', 'set', 'i8', '300', '200'],
        ['overflow', 'wrap', 'set', 'i8', '300', '9223372036854775807'], ['overflow', 'sat', 'set', 'u8', '300', '-9223372036854775808'],
        ['overflow', 'wrap', 'set', 'u8', '300', '-9223372036854775808'], ['overflow', 'wrap', 'set', 'u8', '300', '-1'],
        ['get', 'i64', '1'], ['get', 'u63', '1'], ['get', 'i64', '1000'], ['get', 'i64', '#1'], ['get', 'u8', '#1152921504606846976'],
        ['get', 'i16', '#1152921504606846976'], ['get', 'u8', '4294967295'],
    ]
    g.cmd(['del', 'e'])
    for e in edge:
        g.cmd(['bitfield', 'e'] + e, ['e'])
    g.cmd(['bitfield', 'e'] + [x for e in edge[:12] for x in e], ['e'])
    # fail-only writes still create / grow the key
    g.cmd(['bitfield', 'ff', 'overflow', 'fail', 'incrby', 'u2', '100', '5'], ['ff'])
    g.cmd(['bitfield', 'ff', 'overflow', 'fail', 'set', 'u2', '200', '5'], ['ff'])
    g.cmd(['bitfield', 'ff2', 'get', 'u8', '0'], ['ff2'])
    g.cmd(['bitfield', 'ff2'], ['ff2'])
    g.cmd(['bitfield_ro', 'ff2', 'get', 'i8', '100'], ['ff2'])
    g.cmd(['set', 'n', '12345'], ['n'])
    g.cmd(['bitfield', 'n', 'get', 'u8', '0', 'get', 'i8', '8', 'incrby', 'u8', '0', '1'], ['n'])
    # errors
    g.cmd(['set', 'e', 'hello'], ['e'])
    for a in (['get'], ['get', 'i8'], ['set', 'i8', '0'], ['incrby', 'i8', '0'], ['overflow'], ['foo', 'i8', '0'],
              ['get', 'u64', '0'], ['get', 'i65', '0'], ['get', 'i0', '0'], ['get', 'u0', '0'], ['get', 'I8', '0'],
              ['get', 'U8', '0'], ['get', '', '0'], ['get', 'i', '0'], ['get', 'i08', '0'], ['get', 'u-1', '0'],
              ['get', 'i+8', '0'], ['get', b'i8\x00junk', '0'], ['get', 'x8', '0'], ['get', 'i8 ', '0'],
              ['get', 'i8', '-1'], ['get', 'i8', 'a'], ['get', 'i8', '#'], ['get', 'i8', '#-1'], ['get', 'i8', '#a'],
              ['get', 'i8', '##1'], ['get', 'i8', '4294967296'], ['get', 'i8', '#536870912'], ['get', 'i8', '#536870911'],
              ['get', 'i8', '#9223372036854775807'], ['get', 'i8', '1.0'], ['get', 'i8', '01'],
              ['set', 'i8', '0', 'a'], ['set', 'i8', '0', '1.5'], ['incrby', 'i8', '0', '9223372036854775808'],
              ['overflow', 'foo', 'get', 'i8', '0'], ['overflow', b'fail\x00x', 'set', 'i8', '0', '1000'],
              ['get', 'i8', '0', 'overflow'], ['get', 'i8', '0', 'set', 'u64', '0', '1'], ['set', 'u8', '0', '1', 'get', 'i8', 'x'],
              [b'GET\x00x', 'i8', '0'], ['get', 'i8', '0', 'incrby', 'i8', '0', 'x']):
        g.cmd(['bitfield', 'e'] + a, ['e'])
    for a in (['set', 'i8', '0', '1'], ['get', 'i8', '0', 'incrby', 'i8', '0', '1'], ['overflow', 'sat'],
              ['overflow', 'sat', 'get', 'i8', '0'], ['get', 'u64', '0'], ['get', 'i8', '0'], ['set', 'i8', '0', 'x'],
              ['get', 'i8', '0', 'get', 'u4', '#3']):
        g.cmd(['bitfield_ro', 'e'] + a, ['e'])
        g.cmd(['bitfield_ro', 'nokey'] + a, ['nokey'])
    g.save()


if __name__ == '__main__':
    r = R(PORT)
    hll(r)
    bitops(r)
    bitfield(r)
