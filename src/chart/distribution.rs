//! `distribution`: a Monte Carlo histogram with P5, P50 and P95 marked; `tornado`: each
//! uncertain input's swing of the result, widest first.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::Key;
use super::{
    Canvas, Chart, PALETTE, StyledMesh, builder, chart_error, draw_legend, label_font,
    with_footnote,
};

#[derive(Debug, Clone)]
pub struct DistributionChart {
    pub title: String,
    pub x_label: String,
    /// (low edge, high edge, share of draws in %).
    pub bins: Vec<(f64, f64, f64)>,
    /// (name, value) of the marked percentiles.
    pub marks: Vec<(String, f64)>,
    pub footnote: Vec<String>,
}

impl Chart for DistributionChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let x0 = self.bins.first().map_or(0.0, |b| b.0);
        let x1 = self.bins.last().map_or(1.0, |b| b.1);
        let top = self.bins.iter().map(|b| b.2).fold(0.0, f64::max) * 1.2;
        let mut chart = builder(&area, canvas, &self.title, 70.0, 100.0)
            .build_cartesian_2d(x0..x1, 0.0..top.max(1e-9))
            .map_err(chart_error)?;
        chart
            .configure_mesh()
            .x_desc(canvas.text(&self.x_label))
            .y_desc(canvas.label(Key::Draws))
            .x_label_formatter(&|x| crate::units::format::count(*x))
            .styled(canvas)
            .draw()
            .map_err(chart_error)?;
        let fill = PALETTE[0].mix(0.7).filled();
        chart
            .draw_series(
                self.bins
                    .iter()
                    .map(|&(lo, hi, share)| Rectangle::new([(lo, 0.0), (hi, share)], fill)),
            )
            .map_err(chart_error)?;
        let styles = [PALETTE[3], BLACK, PALETTE[3]];
        for (i, (name, value)) in self.marks.iter().enumerate() {
            let colour = styles[i % styles.len()];
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(*value, 0.0), (*value, top * 0.92)],
                    colour.stroke_width(3),
                )))
                .map_err(chart_error)?;
            let label = format!("{name} {}", crate::units::format::count(*value));
            // Labels right of centre end at their line, so the last one stays inside the chart.
            let anchor = if *value > (x0 + x1) / 2.0 {
                HPos::Right
            } else {
                HPos::Left
            };
            let font = label_font(canvas).pos(Pos::new(anchor, VPos::Bottom));
            chart
                .draw_series(std::iter::once(Text::new(
                    label,
                    (*value, top * 0.97),
                    font,
                )))
                .map_err(chart_error)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct TornadoChart {
    pub title: String,
    pub x_label: String,
    /// (input, result with the input at its P5, at its P95), widest swing first.
    pub rows: Vec<(String, f64, f64)>,
    /// The result with every input at its centre.
    pub centre: f64,
    pub footnote: Vec<String>,
}

impl Chart for TornadoChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let values = self
            .rows
            .iter()
            .flat_map(|r| [r.1, r.2])
            .chain([self.centre]);
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
        let pad = (hi - lo).max(hi.abs() * 1e-6) * 0.1;
        let n = self.rows.len().max(1) as u32;
        let names: Vec<String> = self.rows.iter().map(|r| canvas.text(&r.0)).collect();
        let mut chart = builder(&area, canvas, &self.title, 70.0, 300.0)
            .build_cartesian_2d((lo - pad)..(hi + pad), (0..n - 1).into_segmented())
            .map_err(chart_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n as usize)
            .y_label_formatter(&|value| match value {
                // The widest swing is drawn at the top.
                SegmentValue::CenterOf(i) => names
                    .get((n - 1 - *i) as usize)
                    .cloned()
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .x_desc(canvas.text(&self.x_label))
            .x_label_formatter(&|x| crate::units::format::count(*x))
            .styled(canvas)
            .draw()
            .map_err(chart_error)?;
        let low_fill = PALETTE[0].filled();
        let high_fill = PALETTE[1].mix(0.6).filled();
        for (i, (_, at_p5, at_p95)) in self.rows.iter().enumerate() {
            let row = n - 1 - i as u32;
            for (end, fill) in [(*at_p5, low_fill), (*at_p95, high_fill)] {
                let mut bar = Rectangle::new(
                    [
                        (self.centre, SegmentValue::Exact(row)),
                        (end, SegmentValue::Exact(row + 1)),
                    ],
                    fill,
                );
                bar.set_margin(12, 12, 0, 0);
                chart
                    .draw_series(std::iter::once(bar))
                    .map_err(chart_error)?;
            }
        }
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![
                    (self.centre, SegmentValue::Exact(0)),
                    (self.centre, SegmentValue::Exact(n)),
                ],
                BLACK.stroke_width(2),
            )))
            .map_err(chart_error)?;
        for (label, fill) in [
            (canvas.label(Key::AtP5), low_fill),
            (canvas.label(Key::AtP95), high_fill),
        ] {
            chart
                .draw_series(std::iter::empty::<Rectangle<(f64, SegmentValue<u32>)>>())
                .map_err(chart_error)?
                .label(label)
                .legend(move |(x, y)| Rectangle::new([(x, y - 7), (x + 22, y + 7)], fill));
        }
        draw_legend(&mut chart, canvas, SeriesLabelPosition::UpperRight)?;
        Ok(())
    }
}
