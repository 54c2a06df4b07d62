/**
 * The documents the policy profiles cite: the national guideline every locality's plan implements, and
 * the five localities' documents in shared/seeds. Data only.
 */
import type { PolicyDocument } from '../policy-types';

export const POLICY_DOCUMENTS = {
  'guideline-2017-30': {
    seed: null,
    title: '关于利用综合标准依法依规推动落后产能退出的指导意见',
    documentNumber: '工信部联产业〔2017〕30号',
    issuer: '工业和信息化部等16部委',
    issued: null,
  },
  'diqing-2019-41': {
    seed: '000_be15973da87228dd.txt',
    title: '迪庆州利用综合标准依法依规推动落后产能退出工作方案',
    documentNumber: '迪政办发〔2019〕41号',
    issuer: '迪庆藏族自治州人民政府办公室',
    issued: '2019-04-25',
  },
  'ningxia-opinions': {
    seed: '001_a00febd177c38a97.txt',
    title: '关于利用综合标准依法依规推动落后产能退出的实施意见',
    documentNumber: null,
    issuer: '宁夏回族自治区',
    issued: null,
  },
  'heyuan-2020-plan': {
    seed: '002_90ae62f56081b15d.txt',
    title: '河源市2020年推动落后产能退出工作方案（征求意见稿）',
    documentNumber: null,
    issuer: '河源市',
    issued: null,
  },
  'yunnan-safety-2019-14': {
    seed: '003_dc0987efbb33da15.txt',
    title: '云南省2019年利用安全生产标准依法依规推动落后产能退出工作方案',
    documentNumber: '云应急办〔2019〕14号',
    issuer: '云南省应急管理厅办公室',
    issued: '2019-04-03',
  },
  'ankang-2024-50': {
    seed: '004_11ab4f890d48e42a.txt',
    title: '安康市2024年利用综合标准依法依规推动落后产能退出工作方案',
    documentNumber: '安工信字〔2024〕50号',
    issuer: '安康市工业和信息化局、发展和改革委员会、生态环境局、应急管理局、市场监督管理局',
    issued: '2024-07-15',
  },
} as const satisfies Record<string, PolicyDocument>;

export type PolicyDocumentId = keyof typeof POLICY_DOCUMENTS;
