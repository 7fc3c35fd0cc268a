/**
 * The product's own words. `words` teaches the Chinese segmenter terms its general dictionary splits (死信 is not in
 * it; 发件箱 comes out as 发件 + 箱), and `synonyms` lets a query in one language find the other's pages and a
 * colloquial word find the documented one. Both engines get the same lists (Meilisearch as its synonyms setting).
 * Add a word here when a query that should work does not; the labelled query set shows whether it helped.
 */
export const glossaryWords: readonly string[] = [
  '工单', '工单号', '调休', '补班', '死信', '发件箱', '收件箱', '跟踪链接', '魔法链接', '占位符', '宽限期', '值班',
  '值班表', '内部备注', '常用回复', '保存的回复', '提交人', '服务级别', '服务时间', '工作日', '法定假日', '恢复点',
  '恢复时间', '演练', '回滚', '迁移', '连接池', '反向代理', '限流', '速率限制', '附件', '快捷键', '控制台', '门户',
  '知识库', '优先级', '待处理', '已解决', '已关闭', '重新打开', '退订', '一键退订', '多阶段', '镜像', '副本', '就绪',
  '健康检查', '指标', '日志', '备份', '校验和', '数据目录', '嵌入式', '适配器', '培训', '学员', '运维', '双语',
];

/** Groups of words that mean the same thing here; a query word finds documents with any word of its group. */
export const synonyms: readonly (readonly string[])[] = [
  ['工单', 'ticket', 'tickets'],
  ['部署', 'deploy', 'deployment'],
  ['备份', 'backup'],
  ['恢复', 'restore', 'recovery'],
  ['回滚', 'rollback'],
  ['迁移', 'migration', 'migrations'],
  ['附件', 'attachment', 'attachments'],
  ['邮件', 'email', 'e-mail', 'mail'],
  ['发件箱', 'outbox'],
  ['死信', 'dead', 'dead-letter'],
  ['优先级', 'priority'],
  ['待处理', 'pending'],
  ['值班', 'on-call', 'oncall'],
  ['快捷键', 'shortcut', 'shortcuts'],
  ['控制台', 'console'],
  ['门户', 'portal'],
  ['调休', '补班'],
  ['常用回复', '保存的回复', 'saved', 'canned'],
  ['跟踪链接', 'tracking'],
  ['指标', 'metrics'],
  ['日志', 'log', 'logs'],
  ['限流', '速率限制', 'rate-limit'],
  ['培训', 'training'],
];
