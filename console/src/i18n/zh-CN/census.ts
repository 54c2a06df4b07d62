/** 普查清单上传：下载模板、上传核对、分批报送。 */
export const census = {
  title: '普查清单上传',
  intro:
    '按模板填写检查发现（一行一台设备或一条生产线），上传后先逐行核对，再报送其中无误的行。' +
    '同一部门的同一文书编号只立案一次：重复报送、重新报送都不会重复立案。',
  template: {
    download: '下载普查清单模板',
    fileName: '普查清单模板.xlsx',
    hint: '模板第 1 行为表头，带 * 的列必填；表头批注说明每列的填写要求。',
  },
  upload: {
    choose: '选择文件（XLSX 或 CSV）',
    hint: 'CSV 可为 UTF-8 或 GBK 编码。每个文件最多 1000 行。',
    reading: (name: string) => `正在读取“${name}”…`,
    unreadable: (name: string) => `“${name}”无法作为普查清单读取`,
  },
  read: {
    title: (name: string) => `已读取“${name}”`,
    xlsx: (sheet: string, headerRow: number) => `XLSX 工作表“${sheet}”，表头在第 ${headerRow} 行`,
    csv: (encoding: string, headerRow: number) => `CSV（${encoding} 编码），表头在第 ${headerRow} 行`,
    summary: (rows: number, valid: number, invalid: number) =>
      `共 ${rows} 行：无误可报送 ${valid} 行，有误 ${invalid} 行（有误的行不会报送，请在文件中改正后重新上传）。`,
    ignored: (columns: string) => `以下列不在模板中，未读取：${columns}`,
    missing: (columns: string) => `文件没有以下选填列：${columns}`,
  },
  table: {
    caption: '核对结果',
    row: '行号',
    check: '核对',
    problems: '整行问题',
    result: '报送结果',
    valid: '无误',
    invalid: (count: number) => `有误 ${count} 处`,
    cellError: (cell: string, message: string) => `${cell} 有误：${message}`,
    rowError: (message: string) => `有误：${message}`,
    fieldError: (header: string, message: string) => `${header}（文件中没有此列）：${message}`,
    headerError: (header: string, message: string) => `${header}有误：${message}`,
    onlyInvalid: '只看有误的行',
  },
  filing: {
    file: (count: number) => `报送无误的 ${count} 行`,
    resubmit: (count: number) => `重新报送失败的 ${count} 行`,
    progressLabel: '报送进度',
    progress: (done: number, total: number) => `已处理 ${done} / ${total} 行`,
    finished: (created: number, existing: number, refused: number, failed: number) =>
      `报送完成：新立案 ${created} 行，此前已立案 ${existing} 行，不予受理 ${refused} 行，失败 ${failed} 行。`,
    failedHint: '失败的行可以重新报送：已立案的不会重复立案。',
    requestFailed: (message: string) => `请求未完成：${message}`,
  },
  results: {
    created: '已立案',
    existing: '已立案（此前已报送）',
    invalid: '数据有误',
    forbidden: '不予受理',
    failed: '报送失败，可重新报送',
    pending: '待报送',
    notFiled: '有误，不报送',
  },
};
