//! Charts for reports: PNG or SVG by the file's extension, drawn by the same code,
//! with text from DejaVu Sans embedded in the binary (no system font libraries). Every chart has a
//! title with units, labelled axes, a legend where there are series, and a footnote naming its
//! sources. Colours are the Okabe–Ito palette (distinguishable with colour-blindness) and series
//! also differ by line style or marker, so they survive greyscale printing. Files are written to a
//! temporary name beside the target and renamed into place, so a failed run leaves no half chart.

pub mod bars;
pub mod claims;
pub mod compare;
pub mod distribution;
pub mod projection;
mod text;

use std::path::{Path, PathBuf};
use std::sync::Once;

use plotters::coord::Shift;
use plotters::coord::ranged1d::Ranged;
use plotters::prelude::*;

use crate::error::UsageError;
pub use text::{Key, Language};

/// The image formats, chosen by the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

/// Where and how big to draw, and in which language.
#[derive(Debug, Clone)]
pub struct Canvas {
    pub path: PathBuf,
    pub format: ImageFormat,
    pub size: (u32, u32),
    pub lang: Language,
}

impl Canvas {
    /// Checks the output path (an existing directory, a `.png` or `.svg` name) before any work.
    pub fn new(path: &Path, size: (u32, u32), lang: Language) -> anyhow::Result<Canvas> {
        let format = match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("png") => ImageFormat::Png,
            Some("svg") => ImageFormat::Svg,
            _ => {
                return Err(UsageError(format!(
                    "`{}`: a chart is written as .png or .svg; give -o chart.png or -o chart.svg",
                    path.display()
                ))
                .into());
            }
        };
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(UsageError(format!(
                "`{}`: the directory `{}` does not exist",
                path.display(),
                dir.display()
            ))
            .into());
        }
        if path.is_dir() {
            return Err(UsageError(format!(
                "`{}` is a directory; give a file name",
                path.display()
            ))
            .into());
        }
        if !(320..=8000).contains(&size.0) || !(200..=8000).contains(&size.1) {
            return Err(UsageError(format!(
                "--size {}x{}: width 320–8000 and height 200–8000 pixels",
                size.0, size.1
            ))
            .into());
        }
        Ok(Canvas {
            path: path.to_path_buf(),
            format,
            size,
            lang,
        })
    }

    /// Text as drawn: Arabic is shaped and put in visual order for bitmaps (SVG viewers do
    /// both themselves).
    pub fn text(&self, text: &str) -> String {
        match self.format {
            ImageFormat::Png => text::visual(text),
            ImageFormat::Svg => text.to_string(),
        }
    }

    /// A translated label, ready to draw.
    pub fn label(&self, key: text::Key) -> String {
        self.text(self.lang.label(key))
    }
}

/// Size of one font step: text scales with the canvas (a 1600-pixel-wide chart uses 100%).
pub fn font_size(canvas: &Canvas, points: f64) -> f64 {
    points * f64::from(canvas.size.0.min(canvas.size.1 * 16 / 10)) / 1600.0
}

/// A chart kind: its data, drawn on any plotters backend.
pub trait Chart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        canvas: &Canvas,
    ) -> anyhow::Result<()>;
}

/// Draws `chart` on the canvas's backend and returns the file's bytes (PNG or SVG); writing
/// them is the caller's.
pub fn render(canvas: &Canvas, chart: &impl Chart) -> anyhow::Result<Vec<u8>> {
    register_font();
    let drawn = match canvas.format {
        ImageFormat::Png => {
            let (width, height) = canvas.size;
            let mut pixels = vec![0u8; width as usize * height as usize * 3];
            {
                let root = BitMapBackend::with_buffer(&mut pixels, canvas.size).into_drawing_area();
                chart.draw(&root, canvas)?;
                root.present().map_err(chart_error)?;
            }
            let image = image::RgbImage::from_raw(width, height, pixels)
                .ok_or_else(|| anyhow::anyhow!("the bitmap does not match its size"))?;
            let mut bytes = std::io::Cursor::new(Vec::new());
            image.write_to(&mut bytes, image::ImageOutputFormat::Png)?;
            Ok(bytes.into_inner())
        }
        ImageFormat::Svg => {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, canvas.size).into_drawing_area();
                chart.draw(&root, canvas)?;
                root.present().map_err(chart_error)?;
            }
            Ok(svg.into_bytes())
        }
    };
    drawn
        .map_err(|error: anyhow::Error| error.context(format!("drawing {}", canvas.path.display())))
}

/// The chart as SVG text, for inlining in an HTML page: it scales to the page's width.
pub fn svg_string(chart: &impl Chart, size: (u32, u32), lang: Language) -> anyhow::Result<String> {
    register_font();
    let canvas = Canvas {
        path: PathBuf::new(),
        format: ImageFormat::Svg,
        size,
        lang,
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        chart.draw(&root, &canvas)?;
        root.present().map_err(chart_error)?;
    }
    let fixed = format!("width=\"{}\" height=\"{}\"", size.0, size.1);
    Ok(svg.replacen(
        &fixed,
        "width=\"100%\" preserveAspectRatio=\"xMidYMid meet\"",
        1,
    ))
}

pub fn chart_error<E: std::fmt::Debug>(error: E) -> anyhow::Error {
    anyhow::anyhow!("{error:?}")
}

/// DejaVu Sans as the `sans-serif` family, once per process.
fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let regular = plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            dejavu::sans::regular(),
        );
        let bold =
            plotters::style::register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        debug_assert!(
            regular.is_ok() && bold.is_ok(),
            "the embedded DejaVu fonts load"
        );
    });
}

/// The Okabe–Ito palette, in the order series take it.
pub const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(120, 120, 120), // grey
];

/// Splits off a footnote strip at the bottom and writes `lines` in it; returns the area above.
pub fn with_footnote<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    canvas: &Canvas,
    lines: &[String],
) -> anyhow::Result<DrawingArea<DB, Shift>> {
    root.fill(&WHITE).map_err(chart_error)?;
    let line_height = font_size(canvas, 22.0) as i32;
    let height = root.dim_in_pixel().1 as i32;
    let strip = line_height * (lines.len() as i32) + line_height / 2;
    let (main, footer) = root.split_vertically(height - strip);
    let style = TextStyle::from(("sans-serif", font_size(canvas, 17.0)).into_font())
        .color(&RGBColor(70, 70, 70));
    for (i, line) in lines.iter().enumerate() {
        let x = match canvas.lang {
            Language::Ar => (root.dim_in_pixel().0 as i32) - 20,
            Language::En => 20,
        };
        let style = match canvas.lang {
            Language::Ar => style.pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Right,
                plotters::style::text_anchor::VPos::Top,
            )),
            Language::En => style.clone(),
        };
        footer
            .draw_text(&canvas.text(line), &style, (x, i as i32 * line_height + 4))
            .map_err(chart_error)?;
    }
    Ok(main)
}

/// A chart builder with the title, margin and axis areas every chart uses (sizes in points of a
/// 1600-pixel-wide chart).
pub fn builder<'a, 'b, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    canvas: &Canvas,
    title: &str,
    x_axis: f64,
    y_axis: f64,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(canvas.text(title), title_font(canvas))
        .margin(font_size(canvas, 24.0) as i32)
        .x_label_area_size(font_size(canvas, x_axis) as i32)
        .y_label_area_size(font_size(canvas, y_axis) as i32);
    builder
}

/// The grid and label styles every chart's mesh uses.
pub trait StyledMesh {
    fn styled(&mut self, canvas: &Canvas) -> &mut Self;
}

impl<X: Ranged, Y: Ranged, DB: DrawingBackend> StyledMesh
    for plotters::chart::MeshStyle<'_, '_, X, Y, DB>
{
    fn styled(&mut self, canvas: &Canvas) -> &mut Self {
        self.label_style(label_font(canvas))
            .axis_desc_style(label_font(canvas))
            .light_line_style(RGBColor(235, 235, 235))
            .bold_line_style(RGBColor(215, 215, 215))
    }
}

/// The legend box every chart with series uses.
pub fn draw_legend<'a, DB: DrawingBackend + 'a, CT: plotters::coord::CoordTranslate>(
    chart: &mut ChartContext<'a, DB, CT>,
    canvas: &Canvas,
    position: SeriesLabelPosition,
) -> anyhow::Result<()> {
    chart
        .configure_series_labels()
        .position(position)
        .label_font(label_font(canvas))
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(180, 180, 180))
        .draw()
        .map_err(chart_error)
}

/// Title style, scaled to the canvas.
pub fn title_font(canvas: &Canvas) -> TextStyle<'static> {
    TextStyle::from(("sans-serif", font_size(canvas, 34.0), FontStyle::Bold).into_font())
}

/// Axis label and tick style, scaled to the canvas.
pub fn label_font(canvas: &Canvas) -> TextStyle<'static> {
    TextStyle::from(("sans-serif", font_size(canvas, 22.0)).into_font())
}
