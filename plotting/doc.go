// Package plotting draws the project's figures with gonum.org/v1/plot:
// loss curves and β sweeps on log axes, eigen-spectra with the cumulative
// explained variance, principal angles, filter mosaics in the style of
// UFLDL's display_network, reconstruction grids, 2-D code scatters,
// activation histograms, dot plots of values by named category (the
// benchmarks' time ratios), and multi-panel layouts of any of these.
//
// Every constructor returns a *Figure, which can be saved (Save chooses the
// format from the file extension and writes atomically) or rendered to bytes
// (PNG, SVG, PDF). A notebook kernel that displays any value with a PNG
// method shows a Figure inline.
//
// Constructors validate their data: empty input, NaN or infinite values and
// non-positive values on a log axis are reported as errors naming the series
// and index, never drawn silently (in a dot plot, where a category may have
// no value for a series, NaN marks the missing value). Rendering refuses a figure larger than
// MaxFigureSide on a side or a PNG of more than MaxPixels pixels (a DPI or
// size no one means would otherwise take gigabytes). Shape mismatches
// between arguments the caller controls (a filter matrix whose width is not
// patchRows·patchCols) panic, as in gonum.
//
// Raster figures (Mosaic, ImageGrid) are built as one image, upscaled by an
// integer factor with nearest-neighbour sampling, and copied pixel for pixel
// into PNG output, so filters stay crisp instead of being smoothed by the
// bilinear interpolation of vgimg.
package plotting
