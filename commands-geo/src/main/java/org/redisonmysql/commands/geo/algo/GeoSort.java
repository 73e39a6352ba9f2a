package org.redisonmysql.commands.geo.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The final ordering and truncation of a GEOSEARCH / GEORADIUS result, as Redis 7.0 does it on
 * the list of matches in the order they were found ({@link GeoSearchArea#collect}).
 *
 * <ul>
 *   <li>COUNT without ANY and without ASC/DESC implies ASC. With ANY and no ASC/DESC the found
 *       order is kept (centre cell, then N, S, E, W, NE, NW, SE, SW; inside a cell ascending score,
 *       then member), and the scan itself stopped after COUNT matches — the members are then "any"
 *       COUNT matches, not the nearest ones. ANY with ASC/DESC sorts only those.
 *   <li>When all matches are returned (no COUNT, or COUNT &gt;= matches) they are sorted with the C
 *       library's qsort, which in glibc is a stable merge sort: equal distances keep found order.
 *   <li>When COUNT is smaller than the number of matches, Redis uses its own partial quicksort
 *       (Bentley-McIlroy with a range cut-off), which is not stable: among equal distances the
 *       order depends on that algorithm, which is reproduced here step for step.
 * </ul>
 */
public final class GeoSort {

    /** ASC / DESC / neither. */
    public enum Order {
        NONE,
        ASC,
        DESC
    }

    private GeoSort() {
    }

    /**
     * The reply list: the found matches ordered and truncated as Redis does.
     *
     * @param found matches in found order (not modified)
     * @param order the requested ordering
     * @param count the COUNT argument, 0 when absent
     * @param any whether ANY was given
     */
    public static <T> List<GeoMatch<T>> select(List<GeoMatch<T>> found, Order order, long count, boolean any) {
        if (count != 0 && order == Order.NONE && !any) {
            order = Order.ASC;
        }
        int resultLength = found.size();
        int returned = (count == 0 || resultLength < count) ? resultLength : (int) count;
        @SuppressWarnings("unchecked")
        GeoMatch<T>[] array = found.toArray(new GeoMatch[0]);
        if (order != Order.NONE) {
            Comparator<GeoMatch<T>> cmp = order == Order.ASC ? GeoSort::ascending : GeoSort::descending;
            if (returned == resultLength) {
                mergeSort(array, cmp);
            } else {
                partialQuickSort(array, cmp, 0, returned - 1);
            }
        }
        return new ArrayList<>(Arrays.asList(array).subList(0, returned));
    }

    /** Redis's ascending comparator: 1 if a is farther, 0 if equal, -1 otherwise (also for NaN). */
    static int ascending(GeoMatch<?> a, GeoMatch<?> b) {
        if (a.distance() > b.distance()) {
            return 1;
        } else if (a.distance() == b.distance()) {
            return 0;
        } else {
            return -1;
        }
    }

    static int descending(GeoMatch<?> a, GeoMatch<?> b) {
        return -ascending(a, b);
    }

    /**
     * glibc's qsort for small arrays: top-down merge sort, left half {@code n/2} elements, merge
     * taking from the left run while {@code cmp(left, right) <= 0}. Stable.
     */
    static <E> void mergeSort(E[] a, Comparator<? super E> cmp) {
        if (a.length > 1) {
            @SuppressWarnings("unchecked")
            E[] tmp = (E[]) new Object[a.length];
            mergeSort(a, tmp, 0, a.length, cmp);
        }
    }

    private static <E> void mergeSort(E[] a, E[] tmp, int from, int n, Comparator<? super E> cmp) {
        if (n <= 1) {
            return;
        }
        int n1 = n / 2;
        int n2 = n - n1;
        int b1 = from;
        int b2 = from + n1;
        mergeSort(a, tmp, b1, n1, cmp);
        mergeSort(a, tmp, b2, n2, cmp);
        int out = 0;
        while (n1 > 0 && n2 > 0) {
            if (cmp.compare(a[b1], a[b2]) <= 0) {
                tmp[out++] = a[b1++];
                n1--;
            } else {
                tmp[out++] = a[b2++];
                n2--;
            }
        }
        while (n1 > 0) {
            tmp[out++] = a[b1++];
            n1--;
        }
        // whatever remains of the right run is already in place
        System.arraycopy(tmp, 0, a, from, out);
    }

    /**
     * Redis's {@code pqsort}: a Bentley-McIlroy quicksort (median of three, ninther above 40
     * elements, three-way partition keeping pivot-equal elements at both ends, insertion sort below
     * 7 elements) that only recurses into partitions intersecting positions
     * {@code [lrange, rrange]}. Afterwards those positions hold what a full sort would put there
     * (up to the order of equal elements).
     */
    static <E> void partialQuickSort(E[] a, Comparator<? super E> cmp, int lrange, int rrange) {
        pqsort(a, 0, a.length, cmp, lrange, rrange);
    }

    private static <E> void pqsort(E[] a, int base, int n, Comparator<? super E> cmp, int lrange, int rrange) {
        while (true) {
            if (n < 7) {
                for (int pm = base + 1; pm < base + n; pm++) {
                    for (int pl = pm; pl > base && cmp.compare(a[pl - 1], a[pl]) > 0; pl--) {
                        swap(a, pl, pl - 1);
                    }
                }
                return;
            }
            int pm = base + n / 2;
            if (n > 7) {
                int pl = base;
                int pn = base + n - 1;
                if (n > 40) {
                    int d = n / 8;
                    pl = med3(a, pl, pl + d, pl + 2 * d, cmp);
                    pm = med3(a, pm - d, pm, pm + d, cmp);
                    pn = med3(a, pn - 2 * d, pn - d, pn, cmp);
                }
                pm = med3(a, pl, pm, pn, cmp);
            }
            swap(a, base, pm);
            int pa = base + 1;
            int pb = pa;
            int pc = base + n - 1;
            int pd = pc;
            while (true) {
                int r;
                while (pb <= pc && (r = cmp.compare(a[pb], a[base])) <= 0) {
                    if (r == 0) {
                        swap(a, pa, pb);
                        pa++;
                    }
                    pb++;
                }
                while (pb <= pc && (r = cmp.compare(a[pc], a[base])) >= 0) {
                    if (r == 0) {
                        swap(a, pc, pd);
                        pd--;
                    }
                    pc--;
                }
                if (pb > pc) {
                    break;
                }
                swap(a, pb, pc);
                pb++;
                pc--;
            }
            int end = base + n;
            int r = Math.min(pa - base, pb - pa);
            vecswap(a, base, pb - r, r);
            r = Math.min(pd - pc, end - pd - 1);
            vecswap(a, pb, end - r, r);
            if ((r = pb - pa) > 1 && intersects(base, r, lrange, rrange)) {
                pqsort(a, base, r, cmp, lrange, rrange);
            }
            if ((r = pd - pc) > 1) {
                base = end - r;
                n = r;
                if (intersects(base, n, lrange, rrange)) {
                    continue;
                }
            }
            return;
        }
    }

    /** Whether positions {@code [start, start + n)} are not entirely left or right of the range. */
    private static boolean intersects(int start, int n, int lrange, int rrange) {
        boolean left = lrange < start && rrange < start;
        boolean right = lrange >= start + n && rrange >= start + n;
        return !(left || right);
    }

    private static <E> int med3(E[] a, int i, int j, int k, Comparator<? super E> cmp) {
        if (cmp.compare(a[i], a[j]) < 0) {
            return cmp.compare(a[j], a[k]) < 0 ? j : (cmp.compare(a[i], a[k]) < 0 ? k : i);
        }
        return cmp.compare(a[j], a[k]) > 0 ? j : (cmp.compare(a[i], a[k]) < 0 ? i : k);
    }

    private static <E> void swap(E[] a, int i, int j) {
        E t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static <E> void vecswap(E[] a, int i, int j, int n) {
        for (int x = 0; x < n; x++) {
            swap(a, i + x, j + x);
        }
    }
}
