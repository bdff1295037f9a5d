/** What the web page's server says when a request is refused, in Vietnamese and English. */
import type { Localized } from '../engine/types.js'

export const WEB_MESSAGES = {
  listening: {
    vi: 'soát: trang kiểm tra bản thảo đang chạy tại {url} (Ctrl+C để dừng).',
    en: 'soát: the draft checker is running at {url} (Ctrl+C to stop).',
  },
  exposed: {
    vi: 'Cảnh báo: trang đang mở cho mọi máy trong mạng ({host}) và không có mật khẩu.',
    en: 'Warning: the page is open to every machine on the network ({host}) and has no password.',
  },
  portInUse: {
    vi: 'Cổng {port} trên {host} đang được dùng; chọn cổng khác bằng --port.',
    en: 'Port {port} on {host} is already in use; choose another with --port.',
  },
  listenFailed: {
    vi: 'Không mở được trang trên {host}:{port}: {detail}',
    en: 'Cannot serve the page on {host}:{port}: {detail}',
  },
  assetsMissing: {
    vi: 'Chưa có tệp giao diện của trang ({dir}); hãy chạy npm run build.',
    en: 'The page’s assets are missing ({dir}); run npm run build.',
  },
  tooLarge: {
    vi: 'Nội dung gửi lên quá lớn ({size} byte, tối đa {limit} byte); đổi giới hạn bằng --max-body-size.',
    en: 'The upload is too large ({size} bytes, at most {limit} bytes); change the limit with --max-body-size.',
  },
  emptyUpload: {
    vi: 'Tệp {file} rỗng.',
    en: 'The file {file} is empty.',
  },
  noFileName: {
    vi: 'Thiếu tên tệp (tham số name).',
    en: 'The file name (the name parameter) is missing.',
  },
  invalidJson: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ: {detail}',
    en: 'The request is not valid JSON: {detail}',
  },
  invalidRequest: {
    vi: 'Yêu cầu không hợp lệ: {detail}',
    en: 'Invalid request: {detail}',
  },
  wrongContentType: {
    vi: 'Kiểu nội dung “{type}” không được nhận ở đây; cần {expected}.',
    en: 'Content type “{type}” is not accepted here; expected {expected}.',
  },
  forbiddenOrigin: {
    vi: 'Yêu cầu từ trang khác ({origin}) bị từ chối.',
    en: 'A request from another site ({origin}) was refused.',
  },
  forbiddenHost: {
    vi: 'Tên máy “{host}” không được phép; hãy mở trang bằng địa chỉ soát in ra.',
    en: 'Host name “{host}” is not allowed; open the page at the address soát printed.',
  },
  notFound: { vi: 'Không có trang {path}.', en: 'There is no page {path}.' },
  methodNotAllowed: { vi: 'Phương thức {method} không dùng được cho {path}.', en: 'Method {method} is not allowed for {path}.' },
  internal: { vi: 'Lỗi trong soát: {detail}', en: 'Internal error in soát: {detail}' },
} satisfies Record<string, Localized>

export type WebMessageId = keyof typeof WEB_MESSAGES
