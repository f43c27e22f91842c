// `sqlx::migrate!()` embeds migrations/ at compile time; without this line Cargo would not
// notice a new migration file and would keep the old list.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
