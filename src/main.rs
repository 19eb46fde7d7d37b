//! Entry point of the resident page (`index.html`).

fn main() {
    congdanhoctap::mount(congdanhoctap::citizen::CitizenApp);
}
