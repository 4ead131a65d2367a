package display

import (
	"fmt"
	"html"
	"reflect"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// matrixEdge is how many leading and trailing rows and columns a large
// matrix shows, in text and HTML, around the elided middle (numpy shows 3).
const matrixEdge = 3

// matrixData renders a gonum matrix as a bundle: text/plain as gonum's
// Formatted with its dimensions, eliding the middle rows and columns of a
// matrix with more than 2·matrixEdge of them, and text/html as a table
// elided the same way.
func matrixData(m mat.Matrix) Data {
	r, c := m.Dims()
	head := fmt.Sprintf("%T %d×%d", m, r, c)
	opts := []mat.FormatOption{mat.Prefix(" "), mat.Squeeze()}
	if r > 2*matrixEdge || c > 2*matrixEdge {
		opts = append(opts, mat.Excerpt(matrixEdge))
	}
	body := fmt.Sprintf("%.6g", mat.Formatted(m, opts...))
	if rest, ok := strings.CutPrefix(body, "Dims("); ok {
		// the excerpt's own header: head already gives the dimensions
		_, body, _ = strings.Cut(rest, "\n")
		body = strings.TrimPrefix(body, " ")
	}
	text := head + "\n " + body

	var sb strings.Builder
	fmt.Fprintf(&sb, "<table>\n<caption>%s</caption>\n", html.EscapeString(head))
	rows, cols := shownIndices(r), shownIndices(c)
	for _, i := range rows {
		sb.WriteString("<tr>")
		for _, j := range cols {
			switch {
			case i < 0 && j < 0:
				sb.WriteString("<td>⋱</td>")
			case i < 0:
				sb.WriteString("<td>⋮</td>")
			case j < 0:
				sb.WriteString("<td>…</td>")
			default:
				fmt.Fprintf(&sb, "<td>%.6g</td>", m.At(i, j))
			}
		}
		sb.WriteString("</tr>\n")
	}
	sb.WriteString("</table>")
	return Data{Data: map[string]any{MIMETypeText: text, MIMETypeHTML: sb.String()}}
}

// shownIndices are the indices of n rows (or columns) a rendering shows,
// with -1 for the elided middle.
func shownIndices(n int) []int {
	var out []int
	if n <= 2*matrixEdge {
		for i := 0; i < n; i++ {
			out = append(out, i)
		}
		return out
	}
	for i := 0; i < matrixEdge; i++ {
		out = append(out, i)
	}
	out = append(out, -1)
	for i := n - matrixEdge; i < n; i++ {
		out = append(out, i)
	}
	return out
}

// Long slices and arrays are shown elided, as numpy prints arrays: with
// more than sliceThreshold elements, the first and last sliceEdge and the
// length.
const (
	sliceThreshold = 1000
	sliceEdge      = 3
)

// ElidedText returns the text of a slice or array longer than
// sliceThreshold elements with its middle elided, as "[a b c ... x y z]
// (length n)", and ok true; for any other value, "" and false.
func ElidedText(v reflect.Value) (text string, ok bool) {
	if k := v.Kind(); (k != reflect.Slice && k != reflect.Array) || v.Len() <= sliceThreshold {
		return "", false
	}
	n := v.Len()
	var sb strings.Builder
	sb.WriteString("[")
	for i := 0; i < sliceEdge; i++ {
		fmt.Fprintf(&sb, "%v ", v.Index(i))
	}
	sb.WriteString("...")
	for i := n - sliceEdge; i < n; i++ {
		fmt.Fprintf(&sb, " %v", v.Index(i))
	}
	fmt.Fprintf(&sb, "] (length %d)", n)
	return sb.String(), true
}
