package org.redisonmysql.commands.geo.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoSortTest {

    private static List<GeoMatch<Integer>> matches(double... distances) {
        List<GeoMatch<Integer>> out = new ArrayList<>();
        for (int i = 0; i < distances.length; i++) {
            out.add(new GeoMatch<>(i, i, 0, 0, distances[i]));
        }
        return out;
    }

    private static List<Integer> ids(List<GeoMatch<Integer>> list) {
        return list.stream().map(GeoMatch::member).toList();
    }

    @Test
    void countWithoutOrderImpliesAscendingButAnyKeepsTheFoundOrder() {
        List<GeoMatch<Integer>> found = matches(5, 1, 4, 2, 3);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.NONE, 0, false))).containsExactly(0, 1, 2, 3, 4);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.NONE, 2, false))).containsExactly(1, 3);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.NONE, 2, true))).containsExactly(0, 1);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.DESC, 0, false))).containsExactly(0, 2, 4, 3, 1);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.ASC, 9, false))).containsExactly(1, 3, 4, 2, 0);
        assertThat(ids(found)).containsExactly(0, 1, 2, 3, 4); // input untouched
    }

    @Test
    void fullSortIsStable() {
        List<GeoMatch<Integer>> found = matches(2, 1, 2, 1, 2, 0);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.ASC, 0, false))).containsExactly(5, 1, 3, 0, 2, 4);
        assertThat(ids(GeoSort.select(found, GeoSort.Order.DESC, 0, false))).containsExactly(0, 2, 4, 1, 3, 5);
    }

    @Test
    void partialSortPutsTheSmallestFirstInOrder() {
        Random rnd = new Random(7);
        for (int round = 0; round < 3000; round++) {
            int n = 1 + rnd.nextInt(round % 10 == 0 ? 400 : 60);
            int distinct = rnd.nextBoolean() ? n : 1 + rnd.nextInt(5);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextInt(distinct);
            }
            int count = 1 + rnd.nextInt(n);
            GeoSort.Order order = rnd.nextBoolean() ? GeoSort.Order.ASC : GeoSort.Order.DESC;
            List<GeoMatch<Integer>> got = GeoSort.select(matches(d), order, count, false);
            List<Double> expected = new ArrayList<>();
            for (double x : d) {
                expected.add(x);
            }
            expected.sort(order == GeoSort.Order.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder());
            assertThat(got.stream().map(GeoMatch::distance).toList()).isEqualTo(expected.subList(0, count));
            assertThat(got.stream().map(GeoMatch::member).distinct().count()).isEqualTo(count);
        }
    }
}
