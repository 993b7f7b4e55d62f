/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.examples.simulation;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/** The report's PNG charts, drawn with XChart. */
public final class Charts {

    /** The file names, in the report's directory. */
    public static final String CALIBRATION = "accuracy-calibration-%s.png";
    public static final String ON_TIME = "accuracy-on-time-%s.png";

    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    private Charts() {
    }

    /** Asked confidence against the on-time rate observed, per policy, with the ideal diagonal. */
    public static Path calibration(Results results, Path dir) throws IOException {
        XYChart chart = chart("Calibration, " + results.scenario().name() + " carriers ("
                + String.format(Locale.ROOT, "%,d", results.total(Policy.STATIC, 0).orders()) + " orders)",
                "asked confidence", "observed on-time rate");
        chart.getStyler().setXAxisMin(0.78);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double[] asked = Results.CONFIDENCES.stream().mapToDouble(Double::doubleValue).toArray();
        XYSeries ideal = chart.addSeries("ideal (observed = asked)", asked, asked);
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineStyle(SeriesLines.DASH_DASH);
        for (Policy p : Policy.values()) {
            double[] observed = new double[asked.length];
            for (int i = 0; i < asked.length; i++) {
                observed[i] = results.total(p, i).onTimeRate();
            }
            chart.addSeries(p.label(), asked, observed).setMarker(SeriesMarkers.CIRCLE);
        }
        return save(chart, dir.resolve(String.format(Locale.ROOT, CALIBRATION, results.scenario().name())));
    }

    /** The daily on-time rate of the orders placed each day, at one asked confidence, per policy. */
    public static Path onTimeOverTime(Results results, int confidence, Path dir) throws IOException {
        double asked = Results.CONFIDENCES.get(confidence);
        XYChart chart = chart("On time by order date, " + results.scenario().name() + " carriers, asked " + asked,
                "order date", "on-time rate of the day's orders");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setDatePattern("d MMM");
        List<Date> dates = new ArrayList<>();
        for (LocalDate d = results.scenario().start(); d.isBefore(results.scenario().end()); d = d.plusDays(1)) {
            dates.add(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        List<Double> target = new ArrayList<>();
        dates.forEach(d -> target.add(asked));
        XYSeries line = chart.addSeries("asked " + asked, dates, target);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(SeriesLines.DASH_DASH);
        for (Policy p : Policy.values()) {
            List<Double> rate = new ArrayList<>();
            for (LocalDate d = results.scenario().start(); d.isBefore(results.scenario().end()); d = d.plusDays(1)) {
                rate.add(results.day(d, p, confidence).onTimeRate());
            }
            chart.addSeries(p.label(), dates, rate).setMarker(SeriesMarkers.NONE);
        }
        return save(chart, dir.resolve(String.format(Locale.ROOT, ON_TIME, results.scenario().name())));
    }

    private static XYChart chart(String title, String x, String y) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setLocale(Locale.ENGLISH);
        chart.getStyler().setTimezone(TimeZone.getTimeZone("UTC"));
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        return chart;
    }

    private static Path save(XYChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
