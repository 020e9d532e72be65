/**
 * The words of Accord's email, in each language the site speaks. Kept here rather than in messages/:
 * emails are rendered by the delivery worker, which also runs outside Next.js (npm run email:deliver).
 */
const en = {
  footer: 'Accord publishes Kingsoft Cloud’s agreements and keeps the record of who accepted which version. You get this email because of your account.',
  passwordReset: {
    subject: 'Reset your Accord password',
    preview: 'A link to choose a new password',
    heading: 'Choose a new password',
    body: (minutes: number) => `Someone (we hope you) asked to reset the password of your Accord account. The link below works once, for ${minutes} minutes.`,
    button: 'Choose a new password',
    ignore: 'If it was not you, ignore this email: your password stays as it is.',
  },
  emailVerification: {
    subject: 'Confirm your email address for Accord',
    preview: 'One click to confirm this address',
    heading: 'Is this your address?',
    body: (days: number) => `You created an Accord account with this email address. Confirm it, so that password reset links and notices of changes reach you. The link works for ${days} days; your account works either way.`,
    button: 'Confirm my email address',
  },
  acceptanceConfirmation: {
    subject: 'Your copy: the agreements you accepted',
    preview: 'What you accepted, and when',
    heading: 'What you accepted',
    intro: 'This is your copy of what you accepted on Accord. Each acceptance is recorded in a tamper-evident ledger.',
    version: 'Version',
    recordedAt: 'Accepted at',
    record: 'Ledger record',
    fingerprint: 'Fingerprint of the exact text (SHA-256)',
    readText: 'Read the text you accepted',
    account: 'See your account and download signed receipts',
    attached: 'Attached: for each agreement, a certificate to read and keep, and the signed receipt (JSON) that proves it.',
  },
  changeNotice: {
    subject: (title: string) => `Changes to the ${title}`,
    preview: (date: string) => `New terms take effect on ${date}`,
    heading: (title: string) => `The ${title} is changing`,
    body: (version: string, date: string, accepted: string) =>
      `A new version (${version}) takes effect on ${date}. It changes the terms you accepted (version ${accepted}) in ways that matter, so you will be asked to accept it then.`,
    summary: 'What changes, in short',
    redline: 'See every change since the version you accepted',
    ignore: 'You do not need to do anything now.',
  },
  certificate: {
    title: 'Certificate of acceptance',
    lead: 'This certifies that the person below accepted this exact text, recorded in Accord’s tamper-evident ledger.',
    who: 'Accepted by',
    agreement: 'Agreement',
    version: 'Version',
    fingerprint: 'Fingerprint of the exact text (SHA-256)',
    when: 'Accepted at',
    how: 'How',
    methods: { 'signup-checkbox': 'Ticked the box when creating the account', 're-acceptance': 'Ticked the box when asked to accept a new version', api: 'Recorded by a Kingsoft Cloud service' } as Record<string, string>,
    record: 'Ledger record',
    checkpoint: 'Proven in the ledger of',
    records: 'records, root',
    verifyTitle: 'How to check it',
    verify: (url: string) => `Open ${url} and give it the receipt file sent with this certificate. It checks the signature, that the record is unaltered, and that it is in the ledger.`,
  },
};

type EmailStrings = typeof en;

const zh: EmailStrings = {
  footer: 'Accord 发布金山云的协议，并记录每位用户接受了哪个版本。您收到此邮件是因为您的账号。',
  passwordReset: {
    subject: '重置您的 Accord 密码',
    preview: '设置新密码的链接',
    heading: '设置新密码',
    body: (minutes: number) => `有人（希望是您本人）请求重置您 Accord 账号的密码。下面的链接只能使用一次，${minutes} 分钟内有效。`,
    button: '设置新密码',
    ignore: '如果这不是您本人的操作，请忽略此邮件：您的密码不会改变。',
  },
  emailVerification: {
    subject: '确认您在 Accord 的电子邮箱',
    preview: '一键确认此邮箱地址',
    heading: '这是您的邮箱吗？',
    body: (days: number) => `您使用此电子邮箱创建了 Accord 账号。请确认它，以便接收密码重置链接和变更通知。链接 ${days} 天内有效；无论是否确认，您的账号都可正常使用。`,
    button: '确认我的电子邮箱',
  },
  acceptanceConfirmation: {
    subject: '您的副本：您接受的协议',
    preview: '您接受了什么，以及接受时间',
    heading: '您接受的协议',
    intro: '这是您在 Accord 上所接受内容的副本。每一次接受都记录在防篡改的账本中。',
    version: '版本',
    recordedAt: '接受时间',
    record: '账本记录',
    fingerprint: '所接受文本的指纹（SHA-256）',
    readText: '阅读您接受的文本',
    account: '查看您的账号并下载已签名的回执',
    attached: '附件：每份协议一份可阅读、可保存的证书，以及证明它的已签名回执（JSON）。',
  },
  changeNotice: {
    subject: (title: string) => `${title}即将变更`,
    preview: (date: string) => `新条款将于 ${date} 生效`,
    heading: (title: string) => `${title}即将变更`,
    body: (version: string, date: string, accepted: string) => `新版本（${version}）将于 ${date} 生效。它对您已接受的条款（版本 ${accepted}）作出了重要变更，届时您需要重新接受。`,
    summary: '变更摘要',
    redline: '查看自您接受的版本以来的全部变更',
    ignore: '您现在无需做任何事。',
  },
  certificate: {
    title: '接受证书',
    lead: '兹证明下列人员接受了此确切文本，并记录在 Accord 的防篡改账本中。',
    who: '接受人',
    agreement: '协议',
    version: '版本',
    fingerprint: '确切文本的指纹（SHA-256）',
    when: '接受时间',
    how: '方式',
    methods: { 'signup-checkbox': '创建账号时勾选同意', 're-acceptance': '被要求接受新版本时勾选同意', api: '由金山云服务记录' },
    record: '账本记录',
    checkpoint: '已在账本中证明，账本规模',
    records: '条记录，根哈希',
    verifyTitle: '如何核验',
    verify: (url: string) => `打开 ${url}，提供随本证书发送的回执文件。它会检查签名、记录是否未被篡改，以及记录是否在账本中。`,
  },
};

export const emailStrings = (locale: string): EmailStrings => (locale === 'zh' ? zh : en);
