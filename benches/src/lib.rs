//! The benchmark binaries of `make bench` (`src/bin/*-bench.rs`) and the one load-generation
//! module they share. Kept out of the server crate so the service builds and links none of it.

pub mod load;
