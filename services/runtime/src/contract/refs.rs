//! Local `$ref` resolution inside the contract document.
