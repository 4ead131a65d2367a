// Package guard gives tests operands that end where an inaccessible page
// begins, so that assembly reading or writing past an operand's last
// element faults instead of reading a neighbour's memory unnoticed.
package guard
