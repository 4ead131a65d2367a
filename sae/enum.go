package sae

import "strconv"

// enumString is the String method of the package's enumerations: names[v],
// or typ(v) for a value without a name.
func enumString(typ string, names []string, v int) string {
	if v >= 0 && v < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}
