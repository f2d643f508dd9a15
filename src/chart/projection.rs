//! `projection`: history as a solid line with markers, each scenario as a dashed line, and the
//! space between a source's scenarios shaded as its range.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::text::Key;
use super::{
    Canvas, Chart, PALETTE, StyledMesh, builder, chart_error, draw_legend, font_size, with_footnote,
};

/// One line: a source's history, or one of its scenarios.
#[derive(Debug, Clone)]
pub struct Line {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    /// History is solid with markers; scenarios are dashed.
    pub history: bool,
    /// Lines of one source share a colour.
    pub colour: usize,
}

/// The range between a source's lowest and highest scenario, year by year.
#[derive(Debug, Clone)]
pub struct Band {
    pub label: String,
    pub low: Vec<(f64, f64)>,
    pub high: Vec<(f64, f64)>,
    pub colour: usize,
}

#[derive(Debug, Clone)]
pub struct ProjectionChart {
    pub title: String,
    pub y_label: String,
    pub lines: Vec<Line>,
    pub bands: Vec<Band>,
    pub footnote: Vec<String>,
}

impl ProjectionChart {
    fn bounds(&self) -> ((f64, f64), f64) {
        let points = self
            .lines
            .iter()
            .flat_map(|l| &l.points)
            .chain(self.bands.iter().flat_map(|b| &b.high));
        let (mut x0, mut x1, mut y1) = (f64::INFINITY, f64::NEG_INFINITY, 0.0f64);
        for &(x, y) in points {
            x0 = x0.min(x);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        ((x0, x1), y1 * 1.08)
    }
}

impl Chart for ProjectionChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let ((x0, x1), y1) = self.bounds();
        let mut chart = builder(&area, canvas, &self.title, 70.0, 100.0)
            .build_cartesian_2d((x0 - 0.3)..(x1 + 0.3), 0.0..y1.max(1e-9))
            .map_err(chart_error)?;
        chart
            .configure_mesh()
            .x_desc(canvas.label(Key::Year))
            .y_desc(canvas.text(&self.y_label))
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| crate::units::format::count(*y))
            .x_labels(((x1 - x0) as usize + 1).min(16))
            .styled(canvas)
            .draw()
            .map_err(chart_error)?;
        let stroke = font_size(canvas, 4.0).max(1.0) as u32;
        for band in &self.bands {
            let colour = PALETTE[band.colour % PALETTE.len()];
            let outline: Vec<(f64, f64)> = band
                .low
                .iter()
                .chain(band.high.iter().rev())
                .copied()
                .collect();
            chart
                .draw_series(std::iter::once(Polygon::new(
                    outline,
                    colour.mix(0.18).filled(),
                )))
                .map_err(chart_error)?
                .label(canvas.text(&band.label))
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 6), (x + 24, y + 6)], colour.mix(0.18).filled())
                });
        }
        for line in &self.lines {
            let colour = PALETTE[line.colour % PALETTE.len()];
            let style = colour.stroke_width(stroke);
            let legend = canvas.text(&line.label);
            if line.history {
                chart
                    .draw_series(LineSeries::new(line.points.iter().copied(), style))
                    .map_err(chart_error)?
                    .label(legend)
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 24, y)], colour.stroke_width(3))
                    });
                chart
                    .draw_series(
                        line.points
                            .iter()
                            .map(|&p| Circle::new(p, stroke as i32 + 3, colour.filled())),
                    )
                    .map_err(chart_error)?;
            } else {
                let dash = font_size(canvas, 14.0) as u32;
                chart
                    .draw_series(DashedLineSeries::new(
                        line.points.iter().copied(),
                        dash,
                        dash / 2 + 2,
                        style,
                    ))
                    .map_err(chart_error)?
                    .label(legend)
                    .legend(move |(x, y)| {
                        PathElement::new(
                            vec![(x, y), (x + 10, y), (x + 14, y), (x + 24, y)],
                            colour.stroke_width(2),
                        )
                    });
            }
        }
        draw_legend(&mut chart, canvas, SeriesLabelPosition::UpperLeft)?;
        Ok(())
    }
}
