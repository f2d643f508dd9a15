//! Grouped vertical bars with their values printed on top: `homes` (household baselines × load
//! factors) and `fleet` (the power ladder).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{
    Canvas, Chart, PALETTE, StyledMesh, builder, chart_error, draw_legend, label_font,
    with_footnote,
};

/// One series: a value per category.
#[derive(Debug, Clone)]
pub struct Bars {
    pub label: String,
    pub values: Vec<f64>,
}

#[derive(Debug, Clone)]
pub struct BarChart {
    pub title: String,
    pub y_label: String,
    pub categories: Vec<String>,
    pub series: Vec<Bars>,
    /// How a value is printed on its bar.
    pub value_label: fn(f64) -> String,
    pub footnote: Vec<String>,
}

impl Chart for BarChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()> {
        let area = with_footnote(root, canvas, &self.footnote)?;
        let per_category = self.series.len() + 1;
        let slots = (self.categories.len() * per_category) as u32;
        let last_slot = slots.saturating_sub(2);
        let top = self
            .series
            .iter()
            .flat_map(|s| &s.values)
            .fold(0.0f64, |a, &b| a.max(b))
            * 1.15;
        let categories = self.categories.clone();
        let label_slot = self.series.len().saturating_sub(1) / 2;
        let mut chart = builder(&area, canvas, &self.title, 70.0, 110.0)
            .build_cartesian_2d((0..last_slot).into_segmented(), 0.0..top.max(1e-9))
            .map_err(chart_error)?;
        let text = |s: &str| canvas.text(s);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(slots as usize)
            .x_label_formatter(&|value| match value {
                SegmentValue::CenterOf(slot) if (*slot as usize) % per_category == label_slot => {
                    categories
                        .get(*slot as usize / per_category)
                        .map(|c| text(c))
                        .unwrap_or_default()
                }
                _ => String::new(),
            })
            .y_desc(canvas.text(&self.y_label))
            .y_label_formatter(&|y| crate::units::format::count(*y))
            .styled(canvas)
            .draw()
            .map_err(chart_error)?;
        let value_font = label_font(canvas).pos(plotters::style::text_anchor::Pos::new(
            plotters::style::text_anchor::HPos::Center,
            plotters::style::text_anchor::VPos::Bottom,
        ));
        for (k, series) in self.series.iter().enumerate() {
            let colour = PALETTE[k % PALETTE.len()];
            // Alternate solid and hatched-looking (lighter, outlined) fills for greyscale.
            let fill = if k % 2 == 0 {
                colour.filled()
            } else {
                colour.mix(0.45).filled()
            };
            let bars = series.values.iter().enumerate().map(|(c, &value)| {
                let slot = (c * per_category + k) as u32;
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(slot), 0.0),
                        (SegmentValue::Exact(slot + 1), value),
                    ],
                    fill,
                );
                bar.set_margin(0, 0, 2, 2);
                bar
            });
            chart
                .draw_series(bars)
                .map_err(chart_error)?
                .label(canvas.text(&series.label))
                .legend(move |(x, y)| Rectangle::new([(x, y - 7), (x + 22, y + 7)], fill));
            let labels = series.values.iter().enumerate().map(|(c, &value)| {
                let slot = (c * per_category + k) as u32;
                Text::new(
                    (self.value_label)(value),
                    (SegmentValue::CenterOf(slot), value),
                    value_font.clone(),
                )
            });
            chart.draw_series(labels).map_err(chart_error)?;
        }
        if self.series.len() > 1 {
            draw_legend(&mut chart, canvas, SeriesLabelPosition::UpperRight)?;
        }
        Ok(())
    }
}
