//! UNESCO's regions, by UNESCO's electoral groups (I+II, III, IV, Va, Vb).

pub const REGIONS: [&str; 5] = [
    "Africa",
    "Arab States",
    "Asia and the Pacific",
    "Europe and North America",
    "Latin America and the Caribbean",
];
