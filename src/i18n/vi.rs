//! Tiếng Việt: the first language of the app. Plain words, full diacritics.

use super::{CameraWords, ReportText, ShareWords, ShellText, TallyText, Text};
use hoctap_core::answers::Lang;

pub static TEXT: Text = Text {
    shell: ShellText {
        lang_code: "vi",
        title: "Công dân học tập — Tự đánh giá",
        brand: "Công dân học tập — Tự đánh giá",
        other_lang: "English",
        other_lang_code: Lang::En,
        nav_label: "Trang",
        loading: "Đang tải…",
        problem_heading: "Có trục trặc",
        storage_damaged: "Dữ liệu đã lưu trên máy này bị hỏng hoặc không phải của ứng dụng này, nên \
                          không đọc được. Bản gốc đã được cất riêng để không mất. Bấm “Bắt đầu lại” \
                          để làm bài từ đầu.",
        storage_newer: "Dữ liệu trên máy này do một phiên bản mới hơn của ứng dụng lưu. Hãy bấm “Tải \
                        lại trang” để dùng phiên bản mới nhất. Nếu vẫn thấy thông báo này, bấm “Bắt \
                        đầu lại” (bản gốc đã được cất riêng).",
        storage_blocked: "Trình duyệt đang chặn việc lưu dữ liệu, nên câu trả lời sẽ mất khi đóng \
                          trang. Hãy tắt chế độ ẩn danh hoặc cho phép trang lưu dữ liệu.",
        save_failed: "Chưa lưu được điều vừa chọn hoặc vừa ghi (bộ nhớ trình duyệt có thể đã đầy). \
                      Những gì đã lưu trước đó vẫn còn. Hãy xóa bớt dữ liệu trình duyệt rồi làm lại.",
        start_over: "Bắt đầu lại",
        reload: "Tải lại trang",
        packs_unavailable: "Không tải được danh sách bộ tiêu chí. Hãy kiểm tra mạng rồi bấm “Tải \
                            lại trang”.",
        update_ready: "Có phiên bản mới của ứng dụng.",
        update_reload: "Tải lại",
        other_tab: "Bài vừa được cập nhật từ một thẻ khác của trình duyệt. Màn hình này đã lấy \
                    bản mới nhất.",
        in_app: "Bạn đang mở trang trong {app}. Ở đây trang không lưu được để dùng khi mất mạng và \
                 không gửi được kết quả. Hãy bấm nút ⋯ (hoặc ⋮) ở góc trên rồi chọn “Mở bằng trình \
                 duyệt” (Chrome hoặc Safari).",
        in_app_other: "ứng dụng khác",
        nameless: "Chưa ghi tên",
    },
    share_problems: ShareWords {
        empty: "Liên kết không có dữ liệu phiếu. Hãy nhờ người gửi chia sẻ lại.",
        damaged: "Liên kết bị hỏng: có thể bị cắt mất một đoạn hoặc gõ nhầm khi sao chép. Hãy \
                         sao chép lại trọn vẹn, hoặc quét mã QR.",
        newer: "Phiếu này do phiên bản mới hơn của ứng dụng tạo ra. Hãy bấm “Tải lại trang” để \
                       dùng phiên bản mới nhất.",
        foreign: "Liên kết này không phải phiếu của ứng dụng Công dân học tập, hoặc đã bị sửa. \
                         Hãy nhờ người gửi chia sẻ lại.",
    },
    start_heading: "Tự đánh giá Công dân học tập",
    start_intro: "Trả lời 10 câu hỏi ngắn, mỗi câu một trang, để biết mình đã đạt danh hiệu \
                  “Công dân học tập” chưa và nên cố gắng thêm ở đâu.",
    boot_failed: "Không mở được ứng dụng: phần chính của nó chưa tải về được. Hãy kiểm tra kết \
                  nối mạng rồi tải lại trang. Nếu vẫn không được, hãy mở trang bằng Chrome hoặc \
                  Safari.",
    private_note: "Câu trả lời chỉ lưu trên máy này. Không cần tài khoản, không gửi đi đâu \
                   trừ khi bạn tự chia sẻ.",
    choose_group: "Bạn thuộc nhóm nào?",
    older_set: "Bộ tiêu chí cũ (Quyết định 244/QĐ-KHVN, năm 2022)",
    name_label: "Tên hoặc biệt danh (không bắt buộc, tối đa 40 ký tự)",
    place_label: "Thôn / tổ dân phố (không bắt buộc, tối đa 40 ký tự)",
    year_label: "Năm đánh giá",
    hard_area_label:
        "Tôi sống ở vùng sâu, vùng xa, vùng đặc biệt khó khăn hoặc vùng đồng bào dân tộc thiểu số",
    hard_area_hint: "Nơi Hội Khuyến học địa phương áp dụng mức này, ở những vùng này chỉ cần {hard} \
                     điểm thay vì {normal} điểm. Phiếu ghi rõ mức điểm đã dùng.",
    hard_area_hint_plain: "Nơi Hội Khuyến học địa phương áp dụng mức này, ở những vùng này cần ít \
                           điểm hơn để đạt danh hiệu. Phiếu ghi rõ mức điểm đã dùng.",
    begin: "Bắt đầu",
    choose_group_first: "Hãy chọn nhóm của bạn ở trên rồi bấm “Bắt đầu”.",
    resume_heading: "Bài đang làm dở",
    resume_detail: "{name} · {group} · đã trả lời {n}/{total} câu",
    resume: "Làm tiếp",
    see_result: "Xem kết quả",
    again: "Đánh giá năm {year}",
    again_hint: "Danh hiệu được xét từng năm. Làm bài năm {year}: nhóm, tên và thôn giữ như cũ, câu \
                 trả lời để trống; bài năm {before} vẫn được giữ.",
    earlier_choice: "Năm {year} bạn chọn: {choice}",
    change_heading: "So với năm {year}",
    change_line: "{what}: năm {year} được {before} điểm, năm nay {now} điểm ({how}).",
    change_up: "tăng {n} điểm",
    change_down: "giảm {n} điểm",
    change_same: "giữ nguyên",
    rose_heading: "Những câu tăng điểm",
    fell_heading: "Những câu giảm điểm",
    none_changed: "Không câu nào thay đổi điểm.",
    question_n: "Câu {n}",
    year_invalid: "Năm đánh giá phải là một năm từ {min} đến {max}. Hãy sửa ô “Năm đánh giá” rồi \
                   bấm “Bắt đầu”.",
    note_not_saved: "Chưa lưu được minh chứng vừa ghi (bộ nhớ trình duyệt có thể đã đầy). Hãy chép \
                     lại ra giấy, xóa bớt dữ liệu trình duyệt rồi ghi lại.",

    progress: "Câu {n}/{total}",
    example_label: "Ví dụ",
    choose_level: "Chọn mức đúng với bạn nhất:",
    points: "{n} điểm",
    back: "Quay lại",
    next: "Câu tiếp",
    to_start: "Về trang đầu",

    result_heading: "Kết quả tự đánh giá",
    verdict_reached: "Đạt danh hiệu Công dân học tập",
    verdict_not_yet: "Chưa đạt danh hiệu Công dân học tập",
    verdict_incomplete: "Còn {n} câu chưa trả lời",
    total: "Tổng điểm: {total}/{max}",
    rule: "Cần từ {threshold} điểm trở lên và không chỉ số nào dưới {floor} điểm.",
    rule_hard_area: "Áp dụng mức dành cho vùng khó khăn.",
    missing_points: "Còn thiếu {n} điểm để đạt {threshold} điểm.",
    blockers_heading: "Chỉ số cần cố gắng thêm (dưới {floor} điểm)",
    below_floor_item: "Câu {n}: {points} điểm",
    unanswered_heading: "Câu chưa trả lời",
    tip_label: "Nên làm gì tiếp:",
    answers_heading: "Các câu trả lời của bạn",
    not_answered: "Chưa trả lời",
    edit: "Sửa câu {n}",
    answer_now: "Trả lời câu {n}",
    new_assessment: "Làm bài mới",
    source_label: "Nguồn bộ tiêu chí:",
    pack_line: "{title} · phiên bản {version}",
    person_line: "{name} · {place} · năm {year}",
    note_label: "Minh chứng (không bắt buộc)",
    note_hint: "Ghi ngắn điều chứng minh câu trả lời, ví dụ: “Giấy chứng nhận lớp tin học, 2025”. \
                Ghi chú được lưu ngay và in trên phiếu.",
    note_on_answer: "Minh chứng:",

    share_heading: "Gửi kết quả cho chi hội khuyến học",
    share_intro: "Chi hội quét mã QR này, hoặc bạn gửi liên kết qua Zalo, Messenger. Câu trả lời \
                  nằm ngay trong liên kết; không máy chủ nào lưu lại.",
    qr_label: "Mã QR của liên kết kết quả",
    qr_too_long: "Liên kết quá dài để làm mã QR. Hãy bỏ chọn ghi chú minh chứng, hoặc gửi liên \
                  kết.",
    with_notes: "Kèm ghi chú minh chứng trong liên kết (liên kết sẽ dài hơn)",
    link_label: "Liên kết kết quả",
    share: "Gửi liên kết",
    copy_link: "Sao chép liên kết",
    print: "In phiếu",
    shared_ok: "Đã mở phần gửi của điện thoại.",
    copied: "Đã sao chép liên kết. Hãy dán vào Zalo hoặc tin nhắn để gửi.",
    copy_by_hand: "Không tự sao chép được. Hãy nhấn giữ vào ô liên kết ở trên, chọn tất cả rồi \
                   sao chép.",

    sheet_org: "CHI HỘI KHUYẾN HỌC: ………………………………",
    sheet_title: "PHIẾU TỰ ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM {year}",
    sheet_name: "Họ và tên",
    sheet_group: "Nhóm",
    sheet_place: "Thôn / tổ dân phố",
    sheet_hard_area: "Vùng khó khăn",
    sheet_points_of: "{n}/10",
    sheet_evidence: "Minh chứng",
    sheet_total: "Tổng điểm",
    sheet_verdict: "Kết quả",
    sheet_qr: "Quét mã để xem lại phiếu",
    sign_self: "Người tự đánh giá",
    sign_chi_hoi: "Xác nhận của Chi hội Khuyến học",
    sign_hint: "(Ký, ghi rõ họ tên)",
    yes: "Có",
    no: "Không",

    shared_heading: "Phiếu tự đánh giá",
    shared_intro: "Đây là phiếu một người đã gửi. Điểm được tính lại từ các câu trả lời theo bộ \
                   tiêu chí, không lấy sẵn từ liên kết. Phiếu chỉ để xem, không lưu vào máy này.",
    shared_pack_gone: "Phiếu dùng bộ tiêu chí “{id}” phiên bản {version}, nhưng ứng dụng này không \
                       có bộ đó nên không tính được điểm. Hãy bấm “Tải lại trang” để có bản mới nhất.",
    own_assessment: "Tự đánh giá cho mình",
    add_to_chi_hoi: "Lưu vào danh sách chi hội trên máy này",
    chi_hoi_page: "Dành cho chi hội khuyến học: tổng hợp kết quả, in áp phích",
    preset_from: "Theo áp phích của: ",
    preset_damaged: "Không đọc được mã trên áp phích, hãy quét lại mã QR hoặc tự chọn nhóm và điền \
                     bên dưới.",
    preset_newer: "Áp phích này do phiên bản mới hơn của ứng dụng tạo ra, hãy tải lại trang hoặc tự \
                   chọn nhóm và điền bên dưới.",
    ios_keep: "Trên iPhone, Safari có thể xóa bài đã lưu nếu 7 ngày không mở trang. Để giữ bài, bấm \
               nút Chia sẻ rồi chọn “Thêm vào MH chính”.",
    send_reminder: "Bài đã xong {days} ngày nhưng chưa gửi cho chi hội khuyến học. Bấm “Xem kết \
                    quả” để gửi.",
    backup_heading: "Dữ liệu trên máy này",
    backup_intro: "Lưu một bản sao mọi bài đã làm ra tệp, để giữ khi đổi máy hoặc khi trình duyệt \
                   xóa dữ liệu.",
    backup_save: "Lưu bản sao ra tệp",
    backup_restore: "Khôi phục từ tệp bản sao",
    backup_rule: "Bài trong tệp được thêm vào máy. Nếu một bài (cùng nhóm, tên, thôn và năm) đã có \
                  trên máy, giữ bản được sửa gần nhất. Không bài nào trên máy bị xóa.",
    backup_done: "Đã khôi phục: thêm {added} bài, cập nhật {updated} bài, giữ nguyên {kept} bài.",
    backup_empty: "Tệp này không có bài nào.",
    backup_unreadable: "Không đọc được tệp này: nó không phải bản sao của ứng dụng hoặc đã bị hỏng. \
                        Dữ liệu trên máy vẫn giữ nguyên.",
    backup_newer: "Tệp này do phiên bản mới hơn của ứng dụng tạo ra. Hãy tải lại trang để dùng \
                   phiên bản mới nhất rồi thử lại. Dữ liệu trên máy vẫn giữ nguyên.",
    nav_people: "Danh sách",
    nav_display: "Cỡ chữ",
    read_aloud: "Đọc to câu hỏi",
    no_vi_voice: "Máy này chưa có giọng đọc tiếng Việt, nên không đọc to được. Có thể nhờ người bên \
                  cạnh đọc giúp.",
    people_heading: "Những người đã đánh giá trên máy này",
    people_intro: "Mỗi người một bài riêng: mở đúng tên trước khi trả lời.",
    people_empty: "Chưa có bài nào trên máy này.",
    person_progress: "Đã trả lời {n}/{total} câu",
    person_result: "{verdict} · {total} điểm",
    person_edited: "Sửa lần cuối: {when}",
    person_open: "Đang mở bài này",
    open_person: "Mở bài này",
    rename: "Đổi tên",
    rename_label: "Tên mới",
    save: "Lưu",
    cancel: "Không",
    delete: "Xóa",
    handoff: "Đã gửi cho chi hội — xóa khỏi máy",
    confirm_delete: "Xóa bài của {name} khỏi máy này?",
    confirm_handoff: "Bài của {name} đã gửi cho chi hội. Xóa khỏi máy này?",
    delete_yes: "Xóa",
    removed: "Đã xóa bài của {name}.",
    undo: "Hoàn tác",
    add_person: "Thêm người mới",
    display_heading: "Cỡ chữ và màu",
    text_size_label: "Cỡ chữ",
    text_sizes: ["Vừa", "Lớn", "Rất lớn"],
    high_contrast: "Tương phản cao (chữ đen đậm, viền rõ)",
    display_hint: "Thay đổi có hiệu lực ngay và được nhớ trên máy này.",
    done: "Xong",

    pack_error: "Tệp tiêu chí “{file}” bị lỗi ở mục “{field}”: {what}. Nhóm này tạm thời không \
                 dùng được, các nhóm khác vẫn dùng bình thường. Hãy báo người quản lý ứng dụng \
                 của chi hội khuyến học.",
    pack_missing: "không tải được tệp (mã lỗi {status})",
    pack_missing_offline: "không tải được tệp vì không có mạng",
    pack_syntax:
        "nội dung tệp không đúng định dạng JSON (có thể thiếu dấu phẩy, dấu ngoặc hoặc tệp bị cắt cụt)",
    pack_missing_field: "thiếu mục này",
    pack_unknown_field: "định dạng không có mục này (có thể gõ sai tên mục)",
    pack_wrong_type: "mục này phải là {kind}",
    kind_text: "chữ đặt trong dấu ngoặc kép",
    kind_number: "một số nguyên",
    kind_list: "một danh sách [ … ]",
    kind_object: "một nhóm { … }",
    kind_choice: "một trong các từ: {words}",
    pack_format: "tệp dành cho phiên bản ứng dụng mới hơn (định dạng {n})",
    pack_empty: "mục này đang để trống",
    pack_bad_id: "mã bộ tiêu chí chỉ được có chữ thường không dấu, số và dấu gạch ngang, tối đa \
                  24 ký tự",
    pack_range: "số phải từ {min} đến {max}",
    pack_duplicate: "mã “{code}” bị trùng",
    pack_unknown_competency: "không có năng lực nào mã “{code}”",
    pack_count: "cần {expected} mục nhưng đang có {found}",
    pack_levels_order: "các mức phải xếp từ điểm cao xuống điểm thấp, không trùng nhau",
    pack_no_full_level: "mức đầu tiên phải là 10 điểm",
    pack_out_of_order: "các chỉ số phải xếp liền nhau theo thứ tự năng lực",
    pack_invalid: "nội dung không hợp lệ",
    profile_pack_gone: "Bài đang làm dùng bộ tiêu chí “{id}” phiên bản {version}, nhưng bộ này \
                        không còn trong ứng dụng. Câu trả lời của bạn vẫn được giữ trên máy. Bạn \
                        có thể làm bài mới với bộ tiêu chí hiện có.",
};

/// The camera that reads QR codes, on the chi hội and report pages.
const CAMERA: CameraWords = CameraWords {
    start: "Bật máy ảnh để quét",
    stop: "Tắt máy ảnh",
    looking: "Đưa mã QR vào giữa khung hình…",
    denied: "Bạn chưa cho phép dùng máy ảnh. Hãy cho phép trong cài đặt của trình duyệt rồi \
             bấm lại, hoặc dán liên kết ở dưới.",
    no_camera: "Không tìm thấy máy ảnh trên máy này. Hãy dán liên kết hoặc nhập tệp ở dưới.",
    unsupported: "Trình duyệt này không mở được máy ảnh (cần Chrome hoặc Safari, trang mở \
                  bằng https). Hãy dán liên kết hoặc nhập tệp ở dưới.",
    failed: "Không mở được máy ảnh (có thể ứng dụng khác đang dùng). Hãy thử lại, hoặc dán \
             liên kết ở dưới.",
    video_label: "Hình từ máy ảnh",
};

/// The shell of the chi hội page; the report page shares its wording where it is the same.
const CHI_HOI_SHELL: ShellText = ShellText {
    lang_code: "vi",
    title: "Chi hội khuyến học — Tổng hợp Công dân học tập",
    brand: "Chi hội khuyến học",
    other_lang: "English",
    other_lang_code: Lang::En,
    nav_label: "Các trang của chi hội",
    loading: "Đang tải…",
    problem_heading: "Có trục trặc",
    storage_damaged: "Dữ liệu chi hội trên máy này không đọc được (có thể bị hỏng hoặc bị sửa). \
                      Bản gốc đã được giữ riêng. Bạn có thể bắt đầu lại với danh sách trống rồi \
                      nhập lại từ tệp bản sao.",
    storage_newer: "Dữ liệu chi hội do phiên bản mới hơn của ứng dụng lưu. Hãy tải lại trang để \
                    cập nhật.",
    storage_blocked: "Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ ẩn danh): danh sách \
                      sẽ mất khi đóng trang. Hãy mở bằng Chrome hoặc Safari ở chế độ thường.",
    save_failed: "Máy đã hết chỗ lưu: thay đổi vừa rồi chưa được lưu, những gì đã lưu trước vẫn \
                  còn. Hãy “Lưu bản sao ra tệp” (trang Xuất, in) rồi xóa bớt kết quả năm cũ.",
    start_over: "Bắt đầu lại",
    reload: "Tải lại trang",
    packs_unavailable: "Chưa tải được bộ tiêu chí nên chưa chấm được điểm. Hãy kiểm tra mạng rồi \
                        tải lại trang.",
    update_ready: "Có phiên bản mới của ứng dụng.",
    update_reload: "Tải lại",
    other_tab:
        "Danh sách vừa được cập nhật từ một thẻ khác của trình duyệt. Màn hình này đã lấy bản mới nhất.",
    in_app: "Bạn đang mở trang trong {app}, nơi danh sách có thể bị mất. Hãy bấm dấu ba chấm \
             rồi chọn “Mở bằng trình duyệt”.",
    in_app_other: "ứng dụng khác (Zalo, Facebook…)",
    nameless: "Chưa ghi tên",
};

/// The chi hội page (`chihoi.html`).
pub static TALLY: TallyText = TallyText {
    shell: CHI_HOI_SHELL,
    link_reasons: ShareWords {
        empty: "liên kết không có mã kết quả",
        damaged: "liên kết bị cắt hoặc gõ sai, hãy xin gửi lại",
        newer: "liên kết do phiên bản mới hơn tạo ra, hãy tải lại trang",
        foreign: "không phải liên kết kết quả của ứng dụng này",
    },
    nav_overview: "Tổng hợp",
    nav_add: "Thêm kết quả",
    nav_list: "Danh sách",
    nav_export: "Xuất, in",
    nav_poster: "Áp phích",
    nav_report: "Báo cáo năm",

    overview_heading: "Tổng hợp kết quả",
    overview_empty: "Chưa có kết quả nào trên máy này. Kết quả người dân gửi (liên kết, mã QR, \
                     tệp bản sao) được thêm ở trang “Thêm kết quả”.",
    add_first: "Thêm kết quả",
    chi_hoi_missing: "Chưa có tên chi hội. Tên được in trên áp phích và trên danh sách gửi lên.",
    fill_chi_hoi: "Điền thông tin chi hội",
    year_label: "Năm",
    all_years: "Tất cả các năm",
    reached_summary: "{reached}/{total} người đạt danh hiệu ({percent} %)",
    chart_label: "Đạt {reached}, chưa đạt {not_yet}, chưa làm xong {incomplete}",
    legend_reached: "Đạt: {n}",
    legend_not_yet: "Chưa đạt: {n}",
    legend_incomplete: "Chưa làm xong: {n}",
    by_group_heading: "Theo nhóm",
    by_place_heading: "Theo thôn, tổ dân phố",
    no_place: "Chưa ghi thôn",
    row_counts: "{reached}/{total} đạt ({percent} %)",
    row_before: " · năm {year}: {percent} %",
    total_before: "Năm {year}: {reached}/{total} người đạt ({percent} %).",
    indicators_heading: "Điểm trung bình từng chỉ số",
    indicators_intro: "Thang 10 điểm. Chỉ số yếu được tô đậm và ghi “thấp”.",
    indicator_label: "Chỉ số {code}",
    average: "{avg} điểm",
    weakest_tag: "thấp",
    weakest_heading: "Chỉ số yếu nhất",
    weakest_intro: "Nên mở lớp, buổi nói chuyện ở trung tâm học tập cộng đồng về những điều này:",
    weakest_below: "Trung bình {avg} điểm; {n} người dưới mức tối thiểu.",
    weakest_none: "Không có chỉ số nào yếu: chỉ số nào cũng có điểm trung bình từ {avg} điểm trở lên và \
                   không ai dưới mức tối thiểu.",
    marks_line: "Đã xem minh chứng: {checked}/{total}. Đề nghị công nhận: {proposed}.",
    unscored: "{n} kết quả dùng bộ tiêu chí “{id}” bản {version}, không có trên máy này, nên chưa \
               được tính. Hãy tải lại trang khi có mạng.",

    add_heading: "Thêm kết quả",
    add_intro: "Người dân gửi kết quả bằng liên kết, mã QR hoặc tệp. Thêm một người nhiều lần cũng \
                không sao: cùng người, cùng năm thì kết quả mới thay kết quả cũ.",
    scan_heading: "Quét mã QR trên điện thoại người dân",
    camera: CAMERA,
    scan_not_result: "Mã QR vừa quét không phải kết quả tự đánh giá.",
    paste_heading: "Dán liên kết",
    paste_label: "Dán một hay nhiều liên kết kết quả (mỗi liên kết một dòng, dán cả tin nhắn \
                  Zalo cũng được)",
    paste_add: "Thêm vào danh sách",
    file_heading: "Nhập từ tệp",
    file_label: "Chọn tệp",
    file_hint: "Tệp bản sao từ điện thoại của tình nguyện viên (nút “Lưu bản sao ra tệp”), tệp \
                bản sao của chi hội, hoặc tệp chữ có liên kết.",
    file_newer: "Tệp này do phiên bản mới hơn của ứng dụng tạo ra. Hãy tải lại trang để cập nhật \
                 rồi nhập lại.",
    file_damaged: "Tệp này bị hỏng (có thể bị cắt ngắn hoặc bị sửa). Hãy xin lại tệp gốc.",
    file_nothing: "Tệp này không có kết quả hay liên kết kết quả nào.",
    file_unreadable: "Không đọc được tệp này. Hãy chọn lại tệp.",
    report_not_saved: "Chưa lưu được {n} kết quả vừa thêm: máy đã hết chỗ lưu. Danh sách chỉ \
                       giữ chúng đến khi tải lại trang. Hãy vào “Xuất, in” để lưu danh sách ra \
                       tệp ngay, rồi giải phóng bộ nhớ của máy và thêm lại.",
    report_added: "Đã thêm {n} kết quả.",
    report_replaced: "Đã thay {n} kết quả cũ của cùng người, cùng năm bằng kết quả mới: {names}.",
    report_more: "và {n} người nữa",
    report_unchanged: "{n} kết quả đã có sẵn, giữ nguyên.",
    report_problems: "{n} liên kết không đọc được:",
    report_problem_line: "dòng {line}: {why}",
    report_nothing: "Không thấy liên kết kết quả nào. Liên kết kết quả có dạng …/#r=…",
    see_list: "Xem danh sách",
    not_saved_one: "Chưa lưu được kết quả của {who}: máy đã hết chỗ lưu. Danh sách chỉ giữ nó \
                    đến khi tải lại trang. Hãy giải phóng bộ nhớ của máy rồi thêm lại.",
    added_one: "Đã thêm vào danh sách chi hội: {who}.",
    replaced_one: "Đã thay kết quả cũ bằng kết quả mới: {who}.",
    already_one: "Đã có trong danh sách, giữ nguyên: {who}.",
    who: "{name} ({place}, {year})",
    link_problem: "Không thêm được kết quả: {why}.",

    list_heading: "Danh sách kết quả",
    list_count: "Đang xem {shown} trong {total} kết quả.",
    filter_legend: "Lọc danh sách",
    search_label: "Tìm theo tên",
    place_filter: "Thôn, tổ dân phố",
    all_places: "Tất cả",
    verdict_filter: "Kết quả",
    status_filter: "Đánh dấu",
    any: "Tất cả",
    to_check: "Chưa xem minh chứng",
    entry_points: "{total}/100 điểm: {verdict}",
    unscored_entry: "Chưa chấm được: bộ tiêu chí không có trên máy này",
    has_notes: "Có ghi chú minh chứng",
    mark_checked: "Đã xem minh chứng",
    mark_proposed: "Đề nghị công nhận",
    propose_only_reached: "Chỉ đề nghị công nhận người đạt.",
    view_sheet: "Xem phiếu",
    remove: "Xóa",
    removed: "Đã xóa {name} khỏi danh sách.",
    undo: "Hoàn tác",
    undo_refused: "Không hoàn tác được: kết quả mới của cùng người đã được thêm sau đó.",
    more: "Xem thêm",
    list_empty: "Không có kết quả nào khớp.",

    export_heading: "Xuất và in",
    csv_heading: "Tệp CSV cho Excel",
    csv_intro: "Mỗi người một dòng: điểm từng chỉ số, tổng điểm, kết quả và đánh dấu của chi \
                hội. Mở bằng Excel, chữ tiếng Việt giữ nguyên.",
    csv_download: "Tải tệp CSV",
    print_heading: "Danh sách đề nghị công nhận",
    print_intro: "Gồm những người đã được đánh dấu “Đề nghị công nhận” ở trang Danh sách.",
    print_button: "In danh sách",
    print_empty: "Năm {year} chưa có ai được đánh dấu “Đề nghị công nhận”. Hãy đánh dấu ở trang \
                  Danh sách.",
    list_title: "Danh sách đề nghị công nhận danh hiệu Công dân học tập năm {year}",
    list_org_blank: "Chi hội Khuyến học ……………………",
    list_commune: "Xã / phường: {commune}",
    col_number: "STT",
    col_name: "Họ và tên",
    col_place: "Thôn, tổ dân phố",
    col_group: "Nhóm",
    col_points: "Tổng điểm",
    col_evidence: "Đã xem minh chứng",
    list_total: "Tổng số: {n} người.",
    list_date: "……………, ngày …… tháng …… năm {year}",
    sign_maker: "Người lập danh sách",
    sign_chi_hoi: "Đại diện Chi hội Khuyến học",
    sign_hint: "(Ký, ghi rõ họ tên)",
    backup_heading: "Bản sao của chi hội",
    backup_intro: "Lưu toàn bộ danh sách ra một tệp để giữ an toàn hoặc chuyển sang máy khác \
                   (nhập ở trang “Thêm kết quả”).",
    backup_save: "Lưu bản sao ra tệp",

    poster_heading: "Áp phích cho nhà văn hóa",
    poster_intro: "Mã QR trên áp phích mở ứng dụng tự đánh giá với xã, thôn (và nhóm, nếu chọn) đã \
                   điền sẵn. Thông tin dưới đây cũng được in trên danh sách gửi lên.",
    info_legend: "Thông tin chi hội",
    chi_hoi_name_label: "Tên chi hội (ví dụ: Chi hội Khuyến học thôn Đông)",
    commune_label: "Xã / phường",
    place_label: "Thôn / tổ dân phố",
    hard_area_label: "Vùng sâu, vùng xa, vùng đặc biệt khó khăn hoặc vùng đồng bào dân tộc thiểu \
                      số",
    group_label: "Nhóm chọn sẵn cho người quét mã",
    no_group: "Không chọn sẵn (người dân tự chọn)",
    contact_label: "Dòng liên hệ (ví dụ: Hỏi cô Lan, chi hội trưởng, 0912 345 678)",
    poster_title: "Tự đánh giá Công dân học tập",
    poster_for: "Dành cho người dân {place}",
    poster_steps: [
        "Mở máy ảnh của điện thoại, hướng vào mã QR này rồi bấm vào đường link hiện ra.",
        "Chọn nhóm của bạn và trả lời 10 câu hỏi ngắn, mỗi câu một trang.",
        "Ở trang kết quả, bấm “Gửi liên kết” (hoặc “Sao chép liên kết”) để gửi qua Zalo, hoặc đưa \
         mã QR kết quả cho chi hội quét.",
    ],
    poster_threshold: "Ở đây cần từ {hard} điểm trở lên (mức dành cho vùng khó khăn).",
    poster_link_hint: "Hoặc gõ địa chỉ:",
    poster_private: "Không cần tài khoản. Câu trả lời chỉ lưu trên điện thoại của bạn.",
    poster_print: "In áp phích",
    poster_qr_label: "Mã QR mở ứng dụng tự đánh giá",
    link_length: "Liên kết trên áp phích dài {n} ký tự.",
    link_too_long: "Liên kết dài hơn {max} ký tự nên mã QR dày, khó quét từ xa. Hãy viết tên xã, \
                    thôn ngắn hơn.",

    reached: "Đạt",
    not_yet: "Chưa đạt",
    incomplete: "Chưa làm xong",
    yes: "Có",
    no: "Không",
    decimal: ',',
    csv: hoctap_core::tally::csv::CsvText {
        number: "STT",
        name: "Họ và tên",
        place: "Thôn, tổ dân phố",
        group: "Nhóm",
        pack: "Bộ tiêu chí",
        year: "Năm",
        hard_area: "Vùng khó khăn",
        indicator: "Chỉ số",
        competency: "Năng lực",
        total: "Tổng điểm",
        verdict: "Kết quả",
        evidence_checked: "Đã xem minh chứng",
        proposed: "Đề nghị công nhận",
        notes: "Ghi chú minh chứng",
        reached: "Đạt",
        not_yet: "Chưa đạt",
        incomplete: "Chưa làm xong",
        unscored: "Chưa chấm được",
        yes: "Có",
        no: "Không",
    },
};

/// The report page (`baocao.html`).
pub static REPORT: ReportText = ReportText {
    shell: ShellText {
        title: "Báo cáo năm — Công dân học tập",
        brand: "Hội Khuyến học: báo cáo năm",
        nav_label: "Các trang của Hội Khuyến học",
        storage_damaged: "Dữ liệu báo cáo trên máy này không đọc được (có thể bị hỏng hoặc bị sửa). \
                          Bản gốc đã được giữ riêng. Bạn có thể bắt đầu lại rồi dán lại các liên \
                          kết báo cáo.",
        storage_newer: "Dữ liệu báo cáo do phiên bản mới hơn của ứng dụng lưu. Hãy tải lại trang để \
                        cập nhật.",
        storage_blocked: "Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ ẩn danh): báo cáo \
                          nhận được sẽ mất khi đóng trang. Hãy mở bằng Chrome hoặc Safari ở chế độ \
                          thường.",
        save_failed: "Máy đã hết chỗ lưu: thay đổi vừa rồi chưa được lưu, những gì đã lưu trước vẫn \
                      còn. Hãy giải phóng bộ nhớ của máy rồi làm lại.",
        other_tab: "Báo cáo vừa được cập nhật từ một thẻ khác của trình duyệt. Màn hình này đã lấy \
                    bản mới nhất.",
        in_app: "Bạn đang mở trang trong {app}, nơi dữ liệu có thể bị mất. Hãy bấm dấu ba chấm \
                 rồi chọn “Mở bằng trình duyệt”.",
        ..CHI_HOI_SHELL
    },
    link_reasons: ShareWords {
        empty: "liên kết không có mã báo cáo",
        damaged: "liên kết bị cắt hoặc gõ sai, hãy xin gửi lại",
        newer: "báo cáo do phiên bản mới hơn của ứng dụng tạo ra, hãy tải lại trang",
        foreign: "không phải liên kết báo cáo của ứng dụng này",
    },
    nav_chi_hoi: "Trang chi hội",
    year_label: "Năm",
    no_place: "Chưa ghi thôn",
    list_date: "……………, ngày …… tháng …… năm {year}",
    sign_hint: "(Ký, ghi rõ họ tên)",
    file_unreadable: "Không đọc được tệp này. Hãy chọn lại tệp.",
    problem_line: "Dòng {line} không đọc được: {why}.",
    decimal: ',',
    nav: "Báo cáo năm",
    heading: "Báo cáo năm",
    intro: "Báo cáo gửi Hội Khuyến học cấp trên chỉ có con số, không có tên người. Danh sách \
            người đề nghị công nhận vẫn in ở trang “Xuất, in”.",
    mode_legend: "Lập báo cáo từ",
    mode_own: "Kết quả của chi hội",
    mode_own_detail: "Từ các kết quả đã thêm, theo từng thôn, tổ dân phố",
    mode_rollup: "Báo cáo của các đơn vị cấp dưới",
    mode_rollup_detail: "Tổng hợp báo cáo các chi hội (hoặc các xã) gửi lên",
    plans_heading: "Số người lớn và chỉ tiêu của từng thôn",
    plans_intro: "Nhập một lần: số người lớn đang sống ở thôn và chỉ tiêu kế hoạch năm đặt ra \
                  (ví dụ 60 %). Máy này nhớ cho những lần sau.",
    adults_label: "Số người lớn",
    percent_label: "Chỉ tiêu (%)",
    new_place_label: "Thôn, tổ dân phố chưa có kết quả nào",
    new_place_add: "Thêm thôn",
    bad_adults: "{place}: số người lớn phải là số nguyên, ví dụ 412 hoặc 1.250. Chưa lưu số vừa \
                 nhập.",
    bad_percent: "{place}: chỉ tiêu phải là số nguyên từ 0 đến 100, ví dụ 60. Chưa lưu số vừa \
                  nhập.",
    overfull: "{place}: số người đã tự đánh giá ({assessed}) nhiều hơn số người lớn \
               ({adults}). Hãy sửa số người lớn rồi mới gửi báo cáo.",
    left_unfinished: "Không tính {n} kết quả chưa làm xong.",
    left_unscored: "Không tính {n} kết quả chưa chấm được (bộ tiêu chí của chúng không có trên máy \
                    này).",
    unit_label: "Tên đơn vị gửi báo cáo (ví dụ: Hội Khuyến học xã Tân Phú)",
    receive_heading: "Thêm báo cáo nhận được",
    camera: CAMERA,
    scan_not_report: "Mã QR vừa quét không phải báo cáo.",
    paste_label: "Dán liên kết báo cáo (mỗi liên kết một dòng, dán cả tin nhắn Zalo cũng được)",
    paste_add: "Thêm báo cáo",
    file_label: "Hoặc chọn tệp báo cáo",
    file_hint: "Tệp “Lưu tệp báo cáo” mà đơn vị cấp dưới gửi, hoặc tệp chữ có liên kết báo cáo.",
    added: "Đã thêm {n} báo cáo.",
    replaced: "Đã thay báo cáo cũ bằng báo cáo mới của: {units}.",
    unchanged: "{n} báo cáo đã có sẵn, giữ nguyên.",
    older: "Giữ báo cáo đã có vì nó được lập sau báo cáo vừa dán: {units}.",
    own_refused: "Không thêm báo cáo của chính đơn vị bạn: {units}.",
    other_level: "Không thêm báo cáo khác cấp với các báo cáo đã có của năm này (cấp trên đã tính \
                  những người đó): {units}.",
    nothing: "Không thấy liên kết báo cáo nào. Liên kết báo cáo có dạng …#bc=…",
    not_saved: "Chưa lưu được: máy đã hết chỗ lưu. Hãy giải phóng bộ nhớ của máy rồi thêm lại.",
    own_none: "Năm {year} chưa có kết quả nào trên máy này.",
    received_none: "Chưa có báo cáo nào của năm {year}.",
    lines_shown: "Đang hiện {shown} trong {n} dòng (theo thứ tự tên). Dòng tổng cộng, tệp CSV và \
                  tệp báo cáo có đủ cả {n} dòng.",
    show_all: "Hiện cả {n} dòng",
    title: "Báo cáo kết quả xây dựng mô hình Công dân học tập năm {year}",
    levels: ["Chi hội", "Xã, phường, đặc khu", "Tỉnh, thành phố", "Tổng hợp các tỉnh"],
    unit_blank: "Đơn vị: ……………………",
    columns: [
        "Thôn, tổ dân phố",
        "Số người lớn",
        "Đã tự đánh giá",
        "Đạt",
        "% đạt trong số đã đánh giá",
        "% đạt trên số người lớn",
        "Chỉ tiêu (người)",
        "Còn thiếu (người)",
        "Đề nghị công nhận",
    ],
    column_units: "Đơn vị",
    total: "Tổng cộng",
    unknown: "—",
    missing_adults: "“—”: {n} thôn hoặc đơn vị chưa có đủ số người lớn và chỉ tiêu, nên chưa tính \
                     được phần trăm trên số người lớn và số còn thiếu.",
    groups_heading: "Theo nhóm",
    group_columns: ["Nhóm", "Đã tự đánh giá", "Đạt", "% đạt", "Đề nghị công nhận"],
    indicators_heading: "Từng chỉ số",
    indicator_columns: ["Chỉ số", "Số người trả lời", "Điểm trung bình", "Dưới 5 điểm (nên mở lớp)"],
    rounding: "Chỉ tiêu (người) = số người lớn × chỉ tiêu %, làm tròn lên. Còn thiếu ở dòng tổng \
               cộng = tổng chỉ tiêu − tổng số đạt. Phần trăm tính từ tổng số người, làm tròn đến \
               một chữ số thập phân.",
    sign_maker: "Người lập báo cáo",
    sign_head: "Đại diện đơn vị",
    send_heading: "Gửi báo cáo lên cấp trên",
    send_intro: "Gửi liên kết qua Zalo, đưa mã QR cho cấp trên quét, hoặc gửi tệp. Cấp trên mở \
                 liên kết, hoặc vào trang “Báo cáo năm” để quét mã hay chọn tệp.",
    qr_label: "Mã QR của báo cáo",
    qr_too_long: "Báo cáo dài quá, không vừa một mã QR.",
    link_too_long: "Báo cáo này quá dài để gửi bằng liên kết. Hãy bấm “Lưu tệp báo cáo” rồi gửi \
                    tệp (qua Zalo cũng được).",
    link_label: "Liên kết báo cáo",
    share: "Gửi liên kết",
    copy: "Sao chép liên kết",
    shared: "Đã gửi liên kết.",
    copied: "Đã sao chép liên kết. Hãy dán vào tin nhắn.",
    copy_by_hand: "Không sao chép tự động được. Hãy chạm giữ vào ô liên kết để sao chép.",
    save_file: "Lưu tệp báo cáo",
    save_csv: "Tải tệp CSV",
    print: "In báo cáo",
    name_missing:
        "Hãy điền tên đơn vị gửi báo cáo ở trên: cấp trên nhận nhiều báo cáo và phân biệt chúng theo tên.",
    cannot_send: "Chưa gửi được báo cáo này: hãy sửa điều ghi ở trên trước.",
    opened_heading: "Báo cáo nhận được",
    opened_intro: "Đây là báo cáo một đơn vị gửi lên. Bấm nút dưới đây để đưa vào tổng hợp của \
                   bạn.",
    opened_add: "Thêm vào tổng hợp",
    link_problem: "Không đọc được báo cáo này: {why}.",
};
