//! `plot compare`: a load beside the things it is compared with, as horizontal bars on a log
//! scale (a reactor and a country differ a thousandfold), with the load as a vertical line and
//! each bar labelled with how many of it the load is.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{Canvas, Chart, PALETTE, StyledMesh, builder, chart_error, label_font, with_footnote};

#[derive(Debug, Clone)]
pub struct CompareChart {
    pub title: String,
    pub x_label: String,
    /// The load, in the axis unit.
    pub load: f64,
    /// (name, value in the axis unit, load ÷ value), largest value first.
    pub rows: Vec<(String, f64, f64)>,
    pub footnote: Vec<String>,
}

impl Chart for CompareChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let values = self.rows.iter().map(|r| r.1).chain([self.load]);
        let (lo, hi) = values.fold((f64::INFINITY, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
        let (lo, hi) = (lo / 3.0, hi * 8.0);
        let n = self.rows.len().max(1) as u32;
        let names: Vec<String> = self.rows.iter().map(|r| canvas.text(&r.0)).collect();
        let mut chart = builder(&area, canvas, &self.title, 70.0, 380.0)
            .build_cartesian_2d((lo..hi).log_scale(), (0..n - 1).into_segmented())
            .map_err(chart_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n as usize)
            .y_label_formatter(&|value| match value {
                // The largest is drawn at the top.
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
        let fill = PALETTE[0].mix(0.75).filled();
        for (i, (_, value, _)) in self.rows.iter().enumerate() {
            let row = n - 1 - i as u32;
            let mut bar = Rectangle::new(
                [
                    (lo, SegmentValue::Exact(row)),
                    (*value, SegmentValue::Exact(row + 1)),
                ],
                fill,
            );
            bar.set_margin(6, 6, 0, 0);
            chart
                .draw_series(std::iter::once(bar))
                .map_err(chart_error)?;
        }
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![
                    (self.load, SegmentValue::Exact(0)),
                    (self.load, SegmentValue::Exact(n)),
                ],
                PALETTE[3].stroke_width(3),
            )))
            .map_err(chart_error)?;
        // The labels last, so the load's line does not cross them.
        for (i, (_, value, ratio)) in self.rows.iter().enumerate() {
            let row = n - 1 - i as u32;
            chart
                .draw_series(std::iter::once(Text::new(
                    format!(" ×{}", crate::units::format::count(*ratio)),
                    (*value, SegmentValue::CenterOf(row)),
                    label_font(canvas).pos(plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Left,
                        plotters::style::text_anchor::VPos::Center,
                    )),
                )))
                .map_err(chart_error)?;
        }
        Ok(())
    }
}
