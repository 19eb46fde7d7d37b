// Test data shared by the browser tests and the benchmark scripts.

/** A real share code as the app makes it: qd324-dan v1, 2026, "Nguyễn Thị Thanh Hương",
 * "Thôn Đông Hưng", answers 10 10 8 10 10 8 10 10 5 8 (89 points, đạt). */
export const SHARED_HASH = '#r=AQAaqoqoqlgBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFuaCBIxrDGoW5nElRow7RuIMSQw7RuZyBIxrBuZzTVius';

/** A real poster code (`#p=`), made by core/examples/preset_code.rs; core/src/preset.rs's tests
 * check that it decodes to: xã "Xã Tân Phú", thôn "Thôn Đông Hưng", vùng khó khăn, group
 * qd324-dan ("Người dân trong xã"). */
export const POSTER_HASH = '#p=gQMNWMOjIFTDom4gUGjDuhJUaMO0biDEkMO0bmcgSMawbmcJcWQzMjQtZGFu1kYYoA';

/** The same poster with a group from the older set: qd244-nd ("Nông dân và lao động nông thôn"). */
export const POSTER_OLDER_HASH = '#p=gQMNWMOjIFTDom4gUGjDuhJUaMO0biDEkMO0bmcgSMawbmcIcWQyNDQtbmRGMxar';
