package kernel

import (
	"encoding/json"

	"github.com/linae/linae/kernel/display"
)

// executeRequest is the content of execute_request.
type executeRequest struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history"`
	UserExpressions map[string]any `json:"user_expressions"`
	AllowStdin      bool           `json:"allow_stdin"`
	StopOnError     *bool          `json:"stop_on_error"` // absent means true

}

// execute runs a cell: execute_input, the cell's streams and displays,
// then execute_result or error on iopub, and the execute_reply. It reports
// whether the cell failed with stop_on_error set, so that the cells queued
// behind it are aborted.
func (k *Kernel) execute(req *message, reply func(string, any)) (abort bool) {
	var c executeRequest
	k.decode(req, &c)
	// store_history defaults to !silent and is forced off when silent; the
	// execution count only advances for cells that are stored.
	store := !c.Silent
	if c.StoreHistory != nil && !*c.StoreHistory {
		store = false
	}
	if store {
		k.execCount++
	}
	count := k.execCount
	parent := req.headerJSON()
	if !c.Silent {
		k.publish(parent, "execute_input", map[string]any{"code": c.Code, "execution_count": count})
	}

	res := k.interp.run(c.Code, count, parent)

	if res.err != nil {
		content := map[string]any{
			"ename":     res.err.Name,
			"evalue":    res.err.Value,
			"traceback": nonNilStrings(res.err.Traceback),
		}
		k.publish(parent, "error", content)
		r := map[string]any{"status": "error", "execution_count": count}
		for key, v := range content {
			r[key] = v
		}
		reply("execute_reply", r)
		return c.StopOnError == nil || *c.StopOnError
	}
	if len(res.values) > 0 && !c.Silent {
		k.publishResult(parent, count, res)
	}
	reply("execute_reply", map[string]any{
		"status":           "ok",
		"execution_count":  count,
		"user_expressions": map[string]any{},
		"payload":          []any{},
	})
	return false
}

// publishResult sends execute_result: text/plain always, plus the rich
// bundle of a single value that has one (an image, a figure, display.Data).
func (k *Kernel) publishResult(parent json.RawMessage, count int, res cellResult) {
	data := map[string]any{}
	metadata := map[string]any{}
	var transient map[string]any
	if len(res.values) == 1 && res.values[0].CanInterface() {
		d, ok, err := display.Rich(res.values[0].Interface())
		if err != nil {
			k.publish(parent, "stream", map[string]any{"name": "stderr", "text": err.Error() + "\n"})
		}
		if ok {
			for key, v := range d.Data {
				data[key] = v
			}
			for key, v := range d.Metadata {
				metadata[key] = v
			}
			transient = d.Transient
		}
	}
	if _, ok := data["text/plain"]; !ok {
		data["text/plain"] = formatValues(res.values)
	}
	content := map[string]any{"execution_count": count, "data": data, "metadata": metadata}
	if len(transient) > 0 {
		content["transient"] = transient
	}
	k.publish(parent, "execute_result", content)
}

// nonNilStrings returns s, or an empty slice for nil, so that JSON carries
// [] and not null.
func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
