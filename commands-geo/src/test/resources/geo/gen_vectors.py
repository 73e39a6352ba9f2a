#!/usr/bin/env python3
"""Captures GEO test vectors from a real Redis 7.0.15 server.

Run once (the outputs are committed next to this script):

    redis-server --port 16401 --save '' --appendonly no --daemonize yes
    python3 gen_vectors.py --port 16401 --out .

The script runs FLUSHALL on that server first: point it at a scratch instance.
Everything is derived from a fixed random seed, and the .gz files are written with a zero
timestamp, so re-running against the same Redis build reproduces the same bytes.

Files (all tab-separated, UTF-8, one record per line):

  points.tsv.gz   key member lon lat zscore geopos_lon geopos_lat geohash
                  (lon/lat are the exact argument strings sent to GEOADD)
  scores.tsv.gz   score geopos_lon geopos_lat geohash
                  (arbitrary scores written with ZADD, read back with GEOPOS/GEOHASH)
  invalid.tsv     lon lat reply   (reply is "OK <zscore>" or the error text without '-')
  dist.tsv.gz     key member1 member2 m km mi ft glibc_m_hex
                  (GEODIST replies in every unit; glibc_m_hex is the same distance computed
                  by this script with the machine's libm via python's math module, formula and
                  operation order as Redis, as float.hex(); it is a diagnostic, not Redis output)
  search.tsv.gz   key command-args(space separated) <TAB> item <TAB> item ...
                  item = member,dist,hash,lon,lat  (the WITHDIST WITHHASH WITHCOORD reply)
  storedist.tsv.gz  key GEOSEARCHSTORE-args <TAB> member,score ...  (ZRANGE WITHSCORES of the
                  destination: the distances in the search unit at full precision, "%.17g")
  errors.tsv      command-args(space separated) <TAB> reply  (assorted GEO error replies)
"""
import argparse
import gzip
import math
import os
import random
import socket

LAT_MAX = 85.05112878
UNITS = {'m': 1.0, 'km': 1000.0, 'mi': 1609.34, 'ft': 0.3048}


class RedisError(str):
    pass


class Redis:
    def __init__(self, port):
        self.sock = socket.create_connection(('127.0.0.1', port))
        self.rf = self.sock.makefile('rb')

    @staticmethod
    def _encode(args):
        out = [b'*%d\r\n' % len(args)]
        for a in args:
            b = a if isinstance(a, bytes) else str(a).encode()
            out.append(b'$%d\r\n%s\r\n' % (len(b), b))
        return b''.join(out)

    def _read(self):
        line = self.rf.readline()[:-2]
        t, rest = line[:1], line[1:]
        if t == b'+':
            return rest.decode()
        if t == b'-':
            return RedisError(rest.decode())
        if t == b':':
            return int(rest)
        if t == b'$':
            n = int(rest)
            if n < 0:
                return None
            return self.rf.read(n + 2)[:-2].decode()
        if t == b'*':
            n = int(rest)
            if n < 0:
                return None
            return [self._read() for _ in range(n)]
        raise ValueError('bad reply %r' % line)

    def pipeline(self, commands, chunk=500):
        replies = []
        for i in range(0, len(commands), chunk):
            part = commands[i:i + chunk]
            self.sock.sendall(b''.join(self._encode(c) for c in part))
            replies.extend(self._read() for _ in part)
        return replies

    def call(self, *args):
        return self.pipeline([list(args)])[0]


def fstr(x):
    """Shortest round-trip decimal of a double (Java's Double.parseDouble reads it back exactly)."""
    r = repr(float(x))
    return r


# ---- python mirror of Redis's decode + distance, using glibc's libm through math ----

D_R = math.pi / 180.0
R_EARTH = 6372797.560856


def squash(v):
    v &= 0x5555555555555555
    v = (v | (v >> 1)) & 0x3333333333333333
    v = (v | (v >> 2)) & 0x0F0F0F0F0F0F0F0F
    v = (v | (v >> 4)) & 0x00FF00FF00FF00FF
    v = (v | (v >> 8)) & 0x0000FFFF0000FFFF
    v = (v | (v >> 16)) & 0x00000000FFFFFFFF
    return v


def decode_int(bits):
    ilat = squash(bits)
    ilon = squash(bits >> 1)
    cells = float(1 << 26)
    lat_min = -LAT_MAX + (ilat * 1.0 / cells) * (LAT_MAX - -LAT_MAX)
    lat_max = -LAT_MAX + (((ilat + 1) & 0xFFFFFFFF) * 1.0 / cells) * (LAT_MAX - -LAT_MAX)
    lon_min = -180.0 + (ilon * 1.0 / cells) * 360.0
    lon_max = -180.0 + (((ilon + 1) & 0xFFFFFFFF) * 1.0 / cells) * 360.0
    lon = min(max((lon_min + lon_max) / 2, -180.0), 180.0)
    lat = min(max((lat_min + lat_max) / 2, -LAT_MAX), LAT_MAX)
    return lon, lat


def glibc_distance(lon1, lat1, lon2, lat2):
    lon1r = lon1 * D_R
    lon2r = lon2 * D_R
    v = math.sin((lon2r - lon1r) / 2)
    if v == 0.0:
        return R_EARTH * abs(lat2 * D_R - lat1 * D_R)
    lat1r = lat1 * D_R
    lat2r = lat2 * D_R
    u = math.sin((lat2r - lat1r) / 2)
    a = u * u + math.cos(lat1r) * math.cos(lat2r) * v * v
    s = math.sqrt(a)
    if s > 1.0:
        return float('nan')
    return 2.0 * R_EARTH * math.asin(s)


def haversine_no_shortcut(lon1, lat1, lon2, lat2):
    lon1r, lon2r, lat1r, lat2r = lon1 * D_R, lon2 * D_R, lat1 * D_R, lat2 * D_R
    v = math.sin((lon2r - lon1r) / 2)
    u = math.sin((lat2r - lat1r) / 2)
    a = u * u + math.cos(lat1r) * math.cos(lat2r) * v * v
    return 2.0 * R_EARTH * math.asin(math.sqrt(a))


# ---- data sets ----

def rand_lat(rng, lo=-LAT_MAX, hi=LAT_MAX):
    return rng.uniform(lo, hi)


def clamp_pos(lon, lat):
    # wrap longitude, clamp latitude into Redis's valid ranges
    while lon > 180:
        lon -= 360
    while lon < -180:
        lon += 360
    lat = max(-LAT_MAX, min(LAT_MAX, lat))
    return lon, lat


def offset(lon, lat, dx_m, dy_m):
    dlat = dy_m / 111320.0
    c = math.cos(math.radians(max(-89.0, min(89.0, lat))))
    dlon = dx_m / (111320.0 * max(c, 1e-6))
    return clamp_pos(lon + dlon, lat + dlat)


def build_datasets(rng):
    data = {}

    world = []
    for i in range(3000):
        world.append((fstr(rng.uniform(-180, 180)), fstr(rand_lat(rng))))
    data['world'] = world

    polar = []
    for i in range(1200):
        sign = 1 if i % 2 else -1
        lat = sign * rng.uniform(78.0, LAT_MAX)
        polar.append((fstr(rng.uniform(-180, 180)), fstr(lat)))
    for lon in ('-180', '180', '0', '90', '-90', '179.99999', '-179.99999'):
        polar.append((lon, '85.05112878'))
        polar.append((lon, '-85.05112878'))
        polar.append((lon, '85.0511'))
        polar.append((lon, '-85.0511'))
    data['polar'] = polar

    anti = []
    for i in range(1200):
        lon = rng.uniform(179.0, 180.0) if i % 2 else rng.uniform(-180.0, -179.0)
        if i % 7 == 0:
            lon = rng.choice([180.0, -180.0, 179.9, -179.9, 179.999999, -179.999999])
        lat = rand_lat(rng) if i % 3 else rng.uniform(-2, 2)
        anti.append((fstr(lon), fstr(lat)))
    data['anti'] = anti

    city = []
    centres = [(0.0, 0.0), (179.99, 0.0), (-179.995, 10.0), (0.0, 84.9), (-179.99, -84.9),
               (13.361389, 38.115556), (-74.006, 40.7128), (151.2093, -33.8688), (2.3522, 48.8566),
               (100.0, 66.5), (-45.0, -67.0), (37.6, 55.75), (-0.0001, 51.4779), (120.0, 80.5)]
    for i in range(2400):
        c = centres[i % len(centres)]
        spread = 10 ** rng.uniform(1, 4.7)
        lon, lat = offset(c[0], c[1], rng.gauss(0, spread), rng.gauss(0, spread))
        city.append((fstr(lon), fstr(lat)))
    data['city'] = city

    ties = []
    spots = [(fstr(rng.uniform(-10, 10)), fstr(rng.uniform(40, 50))) for _ in range(25)]
    for i in range(400):
        ties.append(spots[int(rng.random() ** 2 * len(spots))])
    data['ties'] = ties

    meridian = []
    for lon in ('12.5', '-77.03', '0', '179.5'):
        for i in range(150):
            meridian.append((lon, fstr(rand_lat(rng))))
    data['meridian'] = meridian
    return data


def member_name(key, i):
    return '%s%d' % (key[0], i)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--port', type=int, default=16401)
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    r = Redis(args.port)
    info = r.call('INFO', 'server')
    assert 'redis_version:7.0.15' in info, 'need Redis 7.0.15'
    r.call('FLUSHALL')
    rng = random.Random(20240607)

    def write_gz(name, lines):
        path = os.path.join(args.out, name)
        with open(path, 'wb') as raw:
            with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
                gz.write(''.join(l + '\n' for l in lines).encode())

    def write_plain(name, lines):
        with open(os.path.join(args.out, name), 'w') as f:
            f.write(''.join(l + '\n' for l in lines))

    # ---- points: GEOADD, ZSCORE, GEOPOS, GEOHASH ----
    data = build_datasets(rng)
    point_lines = []
    members = {}
    for key, pts in data.items():
        names = [member_name(key, i) for i in range(len(pts))]
        members[key] = names
        cmds = [['GEOADD', key, lon, lat, n] for (lon, lat), n in zip(pts, names)]
        for rep in r.pipeline(cmds):
            assert rep == 1, rep
        scores = r.pipeline([['ZSCORE', key, n] for n in names])
        pos = r.pipeline([['GEOPOS', key, n] for n in names])
        hashes = r.pipeline([['GEOHASH', key, n] for n in names])
        for (lon, lat), n, sc, p, h in zip(pts, names, scores, pos, hashes):
            point_lines.append('\t'.join([key, n, lon, lat, sc, p[0][0], p[0][1], h[0]]))
    write_gz('points.tsv.gz', point_lines)

    # ---- arbitrary scores ----
    score_strs = ['0', '1', '1.5', '-1', '-0.5', '-1e10', '1e17', '1e19', '1e20', '4503599627370496',
                  '4503599627370495', '4503599627370497', '9007199254740992', '13510798882111488',
                  '18446744073709551615', '9.3e18', '-9.3e18', '-9.223372036854775808e18', 'inf', '-inf',
                  '9223372036854775807', '2.5e-300', '-2.5e-300', '123456789.75']
    for i in range(300):
        e = rng.uniform(0, 20)
        v = 10 ** e * rng.choice([1, 1, 1, -1])
        score_strs.append(fstr(v) if i % 2 else str(int(v)))
    for i in range(300):
        score_strs.append(str(rng.randrange(0, 1 << 52)))
    cmds = [['ZADD', 'scores', s, 'm%d' % i] for i, s in enumerate(score_strs)]
    r.pipeline(cmds)
    pos = r.pipeline([['GEOPOS', 'scores', 'm%d' % i] for i in range(len(score_strs))])
    hashes = r.pipeline([['GEOHASH', 'scores', 'm%d' % i] for i in range(len(score_strs))])
    lines = []
    for s, p, h in zip(score_strs, pos, hashes):
        lines.append('\t'.join([s, p[0][0], p[0][1], h[0]]))
    write_gz('scores.tsv.gz', lines)
    r.call('DEL', 'scores')

    # ---- validation ----
    pairs = [('200', '100'), ('inf', '0'), ('-inf', '0'), ('0', 'inf'), ('1e300', '0'), ('-0.0000000001', '86'),
             ('180', '85.05112878'), ('-180', '-85.05112878'), ('180.0000001', '0'), ('-180.0000001', '0'),
             ('0', '85.05112879'), ('0', '-85.05112879'), ('0', '85.051128779999999'), ('-0', '-0'),
             ('0.1234565', '0.0000005'), ('0.0000015', '-0.0000025'), ('181', '-86'), ('1e-320', '90'),
             ('-200.1234565', '10'), ('179.9999999999', '85.0511287799'), ('12', '90'), ('12', '-90')]
    for i in range(100):
        pairs.append((fstr(rng.uniform(-400, 400)), fstr(rng.uniform(-120, 120))))
    lines = []
    for i, (lon, lat) in enumerate(pairs):
        rep = r.call('GEOADD', 'valid', lon, lat, 'v%d' % i)
        if isinstance(rep, RedisError):
            lines.append('\t'.join([lon, lat, rep]))
        else:
            lines.append('\t'.join([lon, lat, 'OK ' + r.call('ZSCORE', 'valid', 'v%d' % i)]))
    write_plain('invalid.tsv', lines)
    r.call('DEL', 'valid')

    # ---- GEODIST ----
    zscores = {}
    for key in data:
        names = members[key]
        sc = r.pipeline([['ZSCORE', key, n] for n in names])
        zscores[key] = {n: int(float(s)) for n, s in zip(names, sc)}

    dist_pairs = []
    for key in data:
        names = members[key]
        n = len(names)
        for i in range(400):
            dist_pairs.append((key, names[rng.randrange(n)], names[rng.randrange(n)]))
        for i in range(150):
            j = rng.randrange(n - 1)
            dist_pairs.append((key, names[j], names[j + 1]))
    # pairs on one meridian where Redis's equal-longitude shortcut changes the printed digits
    mer = members['meridian']
    found = 0
    for i in range(3000000):
        a, b = rng.choice(mer), rng.choice(mer)
        xa, ya = decode_int(zscores['meridian'][a])
        xb, yb = decode_int(zscores['meridian'][b])
        if xa != xb:
            continue
        d1 = glibc_distance(xa, ya, xb, yb)
        d2 = haversine_no_shortcut(xa, ya, xb, yb)
        if any('%.4f' % (d1 / f) != '%.4f' % (d2 / f) for f in UNITS.values()):
            dist_pairs.append(('meridian', a, b))
            found += 1
            if found >= 60:
                break
    print('meridian discriminating pairs:', found)
    cmds = []
    for key, a, b in dist_pairs:
        for u in ('m', 'km', 'mi', 'ft'):
            cmds.append(['GEODIST', key, a, b, u])
    reps = r.pipeline(cmds)
    lines = []
    for i, (key, a, b) in enumerate(dist_pairs):
        ds = reps[4 * i:4 * i + 4]
        xa, ya = decode_int(zscores[key][a])
        xb, yb = decode_int(zscores[key][b])
        g = glibc_distance(xa, ya, xb, yb)
        lines.append('\t'.join([key, a, b] + ds + [float.hex(g)]))
    write_gz('dist.tsv.gz', lines)

    # ---- searches ----
    specials = [('0', '0'), ('180', '0'), ('-180', '0'), ('179.9', '85'), ('-179.9', '-85'),
                ('0', '85.05112878'), ('0', '-85.05112878'), ('180', '85.05112878'), ('-180', '-85.05112878'),
                ('179.95', '0.5'), ('-179.95', '-0.5'), ('90', '66.5'), ('-90', '-80.5'), ('12.5', '45')]
    search_cmds = []
    keys = list(data.keys())
    for i in range(2200):
        key = rng.choice(keys)
        names = members[key]
        kind = rng.random()
        # size in metres, log-uniform, sometimes zero or huge
        if rng.random() < 0.03:
            size_m = 0.0
        elif rng.random() < 0.05:
            size_m = rng.uniform(5e6, 2.2e7)
        else:
            top = 6.3 if key in ('world', 'polar', 'anti') else 5.7
            if key == 'ties':
                top = 6.0
            size_m = 10 ** rng.uniform(0, top)
        unit = rng.choice(list(UNITS))
        size = size_m / UNITS[unit]
        size_s = ('%.*f' % (rng.choice([0, 1, 3, 6]), size)) if size_m > 0 else '0'
        geo = 'GEOSEARCH'
        if rng.random() < 0.12:
            geo = 'GEORADIUS'
        elif rng.random() < 0.08:
            geo = 'GEORADIUSBYMEMBER'
        if geo == 'GEOSEARCH':
            cmd = [geo, key]
            if rng.random() < 0.5:
                cmd += ['FROMMEMBER', rng.choice(names)]
            else:
                c = rng.random()
                if c < 0.15:
                    lon, lat = rng.choice(specials)
                elif c < 0.6:
                    m = data[key][rng.randrange(len(names))]
                    lo, la = offset(float(m[0]), float(m[1]), rng.gauss(0, max(size_m, 1)),
                                    rng.gauss(0, max(size_m, 1)))
                    lon, lat = fstr(lo), fstr(la)
                else:
                    lon, lat = fstr(rng.uniform(-180, 180)), fstr(rand_lat(rng))
                cmd += ['FROMLONLAT', lon, lat]
            if kind < 0.5:
                cmd += ['BYRADIUS', size_s, unit]
            else:
                h_m = size_m * 10 ** rng.uniform(-1, 1)
                h = h_m / UNITS[unit]
                h_s = ('%.*f' % (rng.choice([0, 2, 5]), h)) if size_m > 0 else rng.choice(['0', '1'])
                cmd += ['BYBOX', size_s, h_s, unit]
        elif geo == 'GEORADIUS':
            m = data[key][rng.randrange(len(names))]
            lo, la = offset(float(m[0]), float(m[1]), rng.gauss(0, max(size_m, 1)), rng.gauss(0, max(size_m, 1)))
            cmd = [geo, key, fstr(lo), fstr(la), size_s, unit]
        else:
            cmd = [geo, key, rng.choice(names), size_s, unit]
        o = rng.random()
        if o < 0.35:
            cmd.append('ASC')
        elif o < 0.6:
            cmd.append('DESC')
        if rng.random() < 0.55:
            cmd += ['COUNT', str(rng.choice([1, 2, 3, 5, 8, 13, 20, 40, 60, 100]))]
            if rng.random() < 0.35:
                cmd.append('ANY')
        cmd += ['WITHDIST', 'WITHHASH', 'WITHCOORD']
        search_cmds.append(cmd)

    # many members sharing positions: tie order of the full (stable) and partial (pqsort) sorts
    ties = members['ties']
    for i in range(160):
        cmd = ['GEOSEARCH', 'ties']
        if i % 2:
            cmd += ['FROMMEMBER', rng.choice(ties)]
        else:
            cmd += ['FROMLONLAT', fstr(rng.uniform(-12, 12)), fstr(rng.uniform(38, 52))]
        unit = rng.choice(list(UNITS))
        size_m = 10 ** rng.uniform(5, 6.4)
        if i % 3:
            cmd += ['BYRADIUS', '%.3f' % (size_m / UNITS[unit]), unit]
        else:
            cmd += ['BYBOX', '%.3f' % (size_m / UNITS[unit]), '%.3f' % (size_m * rng.uniform(0.5, 2) / UNITS[unit]),
                    unit]
        cmd += rng.choice([['ASC'], ['DESC'], []])
        cmd += ['COUNT', str(rng.randint(1, 120))]
        if rng.random() < 0.2:
            cmd.append('ANY')
        cmd += ['WITHDIST', 'WITHHASH', 'WITHCOORD']
        search_cmds.append(cmd)

    # wide boxes at high latitudes, farthest members first (the box corners)
    for i in range(160):
        key = rng.choice(['polar', 'city', 'world', 'anti'])
        lat = rng.uniform(50, 85.05) * rng.choice([1, -1])
        unit = rng.choice(list(UNITS))
        w_m = 10 ** rng.uniform(5, 6.6)
        h_m = w_m * 10 ** rng.uniform(-1, 0.3)
        cmd = ['GEOSEARCH', key, 'FROMLONLAT', fstr(rng.uniform(-180, 180)), fstr(lat),
               'BYBOX', '%.2f' % (w_m / UNITS[unit]), '%.2f' % (h_m / UNITS[unit]), unit,
               'DESC', 'COUNT', str(rng.choice([5, 15, 30])), 'WITHDIST', 'WITHHASH', 'WITHCOORD']
        search_cmds.append(cmd)
    # infinite sizes: every member matches
    for key in ('ties', 'world', 'polar'):
        for shape in (['BYRADIUS', 'inf', 'km'], ['BYBOX', 'inf', 'inf', 'm'], ['BYBOX', 'inf', '100', 'km']):
            for extra in (['ASC', 'COUNT', '7'], ['DESC', 'COUNT', '5'], ['COUNT', '6', 'ANY']):
                search_cmds.append(['GEOSEARCH', key, 'FROMMEMBER', members[key][3]] + shape + extra
                                   + ['WITHDIST', 'WITHHASH', 'WITHCOORD'])
    reps = r.pipeline(search_cmds, chunk=50)
    lines = []
    big = 0
    for cmd, rep in zip(search_cmds, reps):
        assert not isinstance(rep, RedisError), (cmd, rep)
        if len(rep) > 250:
            big += 1
            if big > 25:
                continue
        items = ['%s,%s,%d,%s,%s' % (it[0], it[1], it[2], it[3][0], it[3][1]) for it in rep]
        lines.append('\t'.join([cmd[1], ' '.join(cmd)] + items))
    write_gz('search.tsv.gz', lines)

    # ---- GEOSEARCHSTORE ... STOREDIST: full-precision distances (stored scores print as %.17g) ----
    store_cmds = []
    for i in range(400):
        key = rng.choice(keys)
        names = members[key]
        unit = rng.choice(list(UNITS))
        size_m = 10 ** rng.uniform(0.5, 6.8)
        cmd = ['GEOSEARCHSTORE', 'dst', key]
        if i % 2:
            cmd += ['FROMMEMBER', rng.choice(names)]
        else:
            m = data[key][rng.randrange(len(names))]
            lo, la = offset(float(m[0]), float(m[1]), rng.gauss(0, size_m), rng.gauss(0, size_m))
            cmd += ['FROMLONLAT', fstr(lo), fstr(la)]
        if i % 3:
            cmd += ['BYRADIUS', '%.4f' % (size_m / UNITS[unit]), unit]
        else:
            cmd += ['BYBOX', '%.4f' % (size_m / UNITS[unit]), '%.4f' % (size_m * rng.uniform(0.3, 3) / UNITS[unit]),
                    unit]
        cmd += ['ASC', 'COUNT', str(rng.choice([10, 30, 60])), 'STOREDIST']
        store_cmds.append(cmd)
    lines = []
    for cmd in store_cmds:
        n = r.call(*cmd)
        assert not isinstance(n, RedisError), (cmd, n)
        rep = r.call('ZRANGE', 'dst', '0', '-1', 'WITHSCORES') if n else []
        r.call('DEL', 'dst')
        items = ['%s,%s' % (rep[j], rep[j + 1]) for j in range(0, len(rep), 2)]
        lines.append('\t'.join([cmd[2], ' '.join(cmd)] + items))
    write_gz('storedist.tsv.gz', lines)

    # ---- assorted errors ----
    r.call('SET', 'str', 'x')
    err_cmds = [
        ['GEOADD', 'e', '200', '100', 'x'], ['GEOADD', 'e', 'abc', '1', 'x'], ['GEOADD', 'e', '1', '2'],
        ['GEOADD', 'e', 'NX', 'XX', '1', '2', 'x'], ['GEOADD', 'str', '1', '2', 'x'],
        ['GEODIST', 'world', 'w1', 'w2', 'yd'], ['GEODIST', 'world', 'w1', 'nosuch'], ['GEODIST', 'nokey', 'a', 'b'],
        ['GEOPOS', 'world', 'nosuch', 'w1'], ['GEOHASH', 'world', 'nosuch', 'w1'], ['GEOHASH', 'nokey', 'a'],
        ['GEOSEARCH', 'world', 'FROMMEMBER', 'nosuch', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '200', '0', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '-1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYBOX', '-1', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', 'abc', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'yd'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'COUNT', '0'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'ANY'],
        ['GEOSEARCH', 'world', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0'],
        ['GEOSEARCH', 'nokey', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'nokey', 'FROMMEMBER', 'x', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'str', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km'],
        ['GEORADIUS', 'world', '0', '0', '-5', 'km'],
        ['GEORADIUS', 'world', '0', '0', '5', 'km', 'STORE'],
        ['GEORADIUSBYMEMBER', 'world', 'nosuch', '5', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '0', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYBOX', '0', '0', 'km'],
        ['GEOSEARCH', 'world', 'FROMMEMBER', 'w1', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'BYBOX', '1', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'COUNT', '1'],
        ['GEOSEARCH', 'world', 'BYRADIUS', '1', 'km', 'ASC', 'COUNT', '1'],
        ['GEOSEARCH', 'world', 'FROMMEMBER', 'w1', 'BYRADIUS', '1', 'km', 'FROMMEMBER', 'w2'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'STOREDIST'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'COUNT', '-1'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'COUNT', 'abc'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYBOX', 'abc', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYBOX', '1', 'abc', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYBOX', '1', '-1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', 'abc', 'BYRADIUS', '1', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1e400', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', 'nan', 'km'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1'],
        ['GEOSEARCH', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'BLAH'],
        ['GEOSEARCHSTORE', 'dst', 'world', 'FROMLONLAT', '0', '0', 'BYRADIUS', '1', 'km', 'WITHDIST'],
        ['GEORADIUS', 'world', '0', '0', '5', 'km', 'STORE', 'dst', 'WITHDIST'],
        ['GEORADIUS', 'world', '0', '0', '5', 'km', 'COUNT', '0'],
        ['GEORADIUS', 'world', '0', '0', '5', 'km', 'ANY'],
        ['GEORADIUS', 'world', '0', '0', 'abc', 'km'],
        ['GEORADIUS_RO', 'world', '0', '0', '5', 'km', 'STORE', 'dst'],
        ['GEODIST', 'world', 'w1', 'w2', 'km', 'extra'],
        ['GEOADD', 'e', 'XX', 'NX', '1', '2', 'x'],
        ['GEOADD', 'e', 'GT', '1', '2', 'x'],
        ['GEOADD', 'e', '1', '2', 'x', '3'],
    ]
    lines = []
    for c in err_cmds:
        rep = r.call(*c)
        if isinstance(rep, RedisError):
            text = '-' + rep
        elif rep is None:
            text = '(nil)'
        elif isinstance(rep, list):
            text = repr(rep)
        else:
            text = str(rep)
        lines.append(' '.join(c) + '\t' + text)
    write_plain('errors.tsv', lines)
    r.call('DEL', 'str')
    print('points', len(point_lines), 'dist pairs', len(dist_pairs), 'searches', len(search_cmds))


if __name__ == '__main__':
    main()
