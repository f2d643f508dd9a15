//! `claims`: for each recomputed claim, the stated value divided by the recomputed one, on a
//! line where 1 is exact, with the claim's tolerance shaded and the verdict as colour and shape.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::text::Key;
use super::{
    Canvas, Chart, PALETTE, StyledMesh, builder, chart_error, draw_legend, font_size, with_footnote,
};
use crate::claims::verdict::Verdict;

#[derive(Debug, Clone)]
pub struct ClaimPoint {
    pub id: String,
    /// Stated ÷ recomputed.
    pub ratio: f64,
    pub tolerance: f64,
    pub verdict: String,
}

#[derive(Debug, Clone)]
pub struct ClaimsChart {
    pub title: String,
    pub claims: Vec<ClaimPoint>,
    pub footnote: Vec<String>,
}

impl Chart for ClaimsChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let n = self.claims.len().max(1) as u32;
        let lowest = self
            .claims
            .iter()
            .map(|c| c.ratio.min(1.0 - c.tolerance))
            .fold(0.5, f64::min);
        let highest = self
            .claims
            .iter()
            .map(|c| c.ratio.max(1.0 + c.tolerance))
            .fold(1.5, f64::max);
        let span = highest - lowest;
        let ids: Vec<String> = self.claims.iter().map(|c| c.id.clone()).collect();
        let mut chart = builder(&area, canvas, &self.title, 70.0, 330.0)
            .build_cartesian_2d(
                (lowest - span * 0.05)..(highest + span * 0.05),
                (0..n - 1).into_segmented(),
            )
            .map_err(chart_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n as usize)
            .y_label_formatter(&|value| match value {
                SegmentValue::CenterOf(i) => ids.get(*i as usize).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .x_desc(canvas.label(Key::StatedOverComputed))
            .x_label_formatter(&|x| format!("{x:.2}"))
            .styled(canvas)
            .draw()
            .map_err(chart_error)?;
        let band = PALETTE[2].mix(0.2).filled();
        chart
            .draw_series(self.claims.iter().enumerate().map(|(i, c)| {
                let row = i as u32;
                let mut rectangle = Rectangle::new(
                    [
                        (1.0 - c.tolerance, SegmentValue::Exact(row)),
                        (1.0 + c.tolerance, SegmentValue::Exact(row + 1)),
                    ],
                    band,
                );
                rectangle.set_margin(6, 6, 0, 0);
                rectangle
            }))
            .map_err(chart_error)?
            .label(canvas.label(Key::Tolerance))
            .legend(move |(x, y)| Rectangle::new([(x, y - 7), (x + 22, y + 7)], band));
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(1.0, SegmentValue::Exact(0)), (1.0, SegmentValue::Exact(n))],
                BLACK.stroke_width(2),
            )))
            .map_err(chart_error)?;
        let size = font_size(canvas, 13.0) as i32;
        for verdict in ["consistent", "inconsistent", "depends"] {
            let points: Vec<(f64, SegmentValue<u32>)> = self
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.verdict == verdict)
                .map(|(i, c)| (c.ratio, SegmentValue::CenterOf(i as u32)))
                .collect();
            if points.is_empty() {
                continue;
            }
            let word = match verdict {
                "consistent" => Verdict::Consistent,
                "inconsistent" => Verdict::Inconsistent,
                _ => Verdict::Depends,
            };
            let label = canvas.text(word.word(canvas.lang));
            match verdict {
                "consistent" => {
                    let style = PALETTE[2].filled();
                    chart
                        .draw_series(points.into_iter().map(|p| Circle::new(p, size, style)))
                        .map_err(chart_error)?
                        .label(label)
                        .legend(move |(x, y)| Circle::new((x + 10, y), 7, style));
                }
                "inconsistent" => {
                    let style = PALETTE[3].filled();
                    chart
                        .draw_series(
                            points
                                .into_iter()
                                .map(|p| TriangleMarker::new(p, size + 3, style)),
                        )
                        .map_err(chart_error)?
                        .label(label)
                        .legend(move |(x, y)| TriangleMarker::new((x + 10, y), 9, style));
                }
                _ => {
                    let style = PALETTE[1].filled();
                    chart
                        .draw_series(
                            points
                                .into_iter()
                                .map(|p| Cross::new(p, size, style.stroke_width(4))),
                        )
                        .map_err(chart_error)?
                        .label(label)
                        .legend(move |(x, y)| Cross::new((x + 10, y), 7, style.stroke_width(3)));
                }
            }
        }
        draw_legend(&mut chart, canvas, SeriesLabelPosition::UpperRight)?;
        Ok(())
    }
}
