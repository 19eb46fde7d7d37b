// Test data shared by the browser tests and the benchmark scripts.

/** A real share code as the app makes it: qd324-dan v1, 2026, "Nguyễn Thị Thanh Hương",
 * "Thôn Đông Hưng", answers 10 10 8 10 10 8 10 10 5 8 (89 points, đạt). */
export const SHARED_HASH = '#r=AQAaqoqoqlgBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFuaCBIxrDGoW5nElRow7RuIMSQw7RuZyBIxrBuZzTVius';
