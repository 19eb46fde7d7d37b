//! Tiếng Việt: the first language of the app. Plain words, full diacritics.

use super::Text;
use hoctap_core::answers::Lang;

pub static TEXT: Text = Text {
    lang_code: "vi",
    app_title: "Công dân học tập — Tự đánh giá",
    other_lang: "English",
    other_lang_code: Lang::En,
    loading: "Đang tải…",

    start_heading: "Tự đánh giá Công dân học tập",
    start_intro: "Trả lời 10 câu hỏi ngắn, mỗi câu một trang, để biết mình đã đạt danh hiệu \
                  “Công dân học tập” chưa và nên cố gắng thêm ở đâu.",
    private_note: "Câu trả lời chỉ lưu trên máy này. Không cần tài khoản, không gửi đi đâu \
                   trừ khi bạn tự chia sẻ.",
    choose_group: "Bạn thuộc nhóm nào?",
    older_set: "Bộ tiêu chí cũ (Quyết định 244/QĐ-KHVN, năm 2022)",
    name_label: "Tên hoặc biệt danh (không bắt buộc)",
    place_label: "Thôn / tổ dân phố (không bắt buộc)",
    year_label: "Năm đánh giá",
    hard_area_label:
        "Tôi sống ở vùng sâu, vùng xa, vùng đặc biệt khó khăn hoặc vùng đồng bào dân tộc thiểu số",
    hard_area_hint: "Ở những vùng này chỉ cần {hard} điểm thay vì {normal} điểm.",
    hard_area_hint_plain: "Ở những vùng này cần ít điểm hơn để đạt danh hiệu.",
    begin: "Bắt đầu",
    choose_group_first: "Hãy chọn nhóm của bạn ở trên rồi bấm “Bắt đầu”.",
    resume_heading: "Bài đang làm dở",
    resume_detail: "{name} · {group} · đã trả lời {n}/{total} câu",
    resume: "Làm tiếp",
    see_result: "Xem kết quả",
    nameless: "Chưa ghi tên",

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
    qr_too_long: "Liên kết quá dài để làm mã QR. Hãy bỏ chọn ghi chú minh chứng, hoặc gửi liên kết.",
    with_notes: "Kèm ghi chú minh chứng trong liên kết (liên kết sẽ dài hơn)",
    link_label: "Liên kết kết quả",
    share: "Gửi liên kết",
    copy_link: "Sao chép liên kết",
    print: "In phiếu",
    shared_ok: "Đã mở phần gửi của điện thoại.",
    copied: "Đã sao chép liên kết. Hãy dán vào Zalo hoặc tin nhắn để gửi.",
    copy_by_hand: "Không tự sao chép được. Hãy nhấn giữ vào ô liên kết ở trên, chọn tất cả rồi sao chép.",

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
    shared_empty: "Liên kết không có dữ liệu phiếu. Hãy nhờ người gửi chia sẻ lại.",
    shared_damaged: "Liên kết bị hỏng: có thể bị cắt mất một đoạn hoặc gõ nhầm khi sao chép. Hãy \
                     sao chép lại trọn vẹn, hoặc quét mã QR.",
    shared_newer: "Phiếu này do phiên bản mới hơn của ứng dụng tạo ra. Hãy bấm “Tải lại trang” để \
                   dùng phiên bản mới nhất.",
    shared_foreign: "Liên kết này không phải phiếu của ứng dụng Công dân học tập, hoặc đã bị sửa. \
                     Hãy nhờ người gửi chia sẻ lại.",
    shared_pack_gone: "Phiếu dùng bộ tiêu chí “{id}” phiên bản {version}, nhưng ứng dụng này không \
                       có bộ đó nên không tính được điểm. Hãy bấm “Tải lại trang” để có bản mới nhất.",
    own_assessment: "Tự đánh giá cho mình",
    in_app: "Bạn đang mở trang trong {app}. Ở đây trang không lưu được để dùng khi mất mạng và \
             không gửi được kết quả. Hãy bấm nút ⋯ (hoặc ⋮) ở góc trên rồi chọn “Mở bằng trình \
             duyệt” (Chrome hoặc Safari).",
    in_app_other: "ứng dụng khác",
    other_tab: "Bài vừa được cập nhật từ một thẻ khác của trình duyệt. Màn hình này đã lấy bản mới nhất.",
    update_ready: "Có phiên bản mới của ứng dụng.",
    update_reload: "Tải lại",
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
    nav_label: "Trang",
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

    problem_heading: "Có trục trặc",
    storage_damaged: "Dữ liệu đã lưu trên máy này bị hỏng hoặc không phải của ứng dụng này, nên \
                      không đọc được. Bản gốc đã được cất riêng để không mất. Bấm “Bắt đầu lại” \
                      để làm bài từ đầu.",
    storage_newer: "Dữ liệu trên máy này do một phiên bản mới hơn của ứng dụng lưu. Hãy bấm “Tải \
                    lại trang” để dùng phiên bản mới nhất. Nếu vẫn thấy thông báo này, bấm “Bắt \
                    đầu lại” (bản gốc đã được cất riêng).",
    storage_blocked: "Trình duyệt đang chặn việc lưu dữ liệu, nên câu trả lời sẽ mất khi đóng \
                      trang. Hãy tắt chế độ ẩn danh hoặc cho phép trang lưu dữ liệu.",
    save_failed: "Chưa lưu được câu trả lời vừa chọn (bộ nhớ trình duyệt có thể đã đầy). Những gì \
                  đã lưu trước đó vẫn còn. Hãy xóa bớt dữ liệu trình duyệt rồi chọn lại.",
    start_over: "Bắt đầu lại",
    reload: "Tải lại trang",
    packs_unavailable: "Không tải được danh sách bộ tiêu chí. Hãy kiểm tra mạng rồi bấm “Tải lại trang”.",
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
    pack_bad_id: "mã bộ tiêu chí chỉ được có chữ thường không dấu, số và dấu gạch ngang, tối đa 24 ký tự",
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
