import {defineText} from '../i18n';

export const text = defineText({
  deckColumn: {zh: '幻灯片', en: 'Slides'},
  otherColumn: {zh: '英文版', en: 'In Chinese'},
  slidesColumn: {zh: '页数', en: 'Slides'},
  slidesFrame: (title: string) => ({zh: `${title}（幻灯片）`, en: `${title} (slides)`}),
  slidesHelp: {
    zh: '点击幻灯片后用 ← → 键翻页，F 键全屏。',
    en: 'Click the slides, then turn pages with ← →; F goes full screen.',
  },
  openSlides: (count: number) => ({zh: `在新标签页中打开幻灯片（${count} 页）`, en: `Open the slides in a new tab (${count} slides)`}),
  otherLanguageSlides: {zh: 'English slides', en: '中文幻灯片'},
  videoCaption: (title: string, seconds: number) => ({
    zh: `视频：${title}（${Math.round(seconds)} 秒，无声，带中英文字幕）`,
    en: `Video: ${title} (${Math.round(seconds)} s, silent, with Chinese and English subtitles)`,
  }),
  otherInterface: {zh: '看英文界面的版本', en: 'Watch it in the Chinese interface'},
  ownInterface: {zh: '看中文界面的版本', en: 'Watch it in the English interface'},
  download: {zh: '下载视频（WebM）', en: 'Download the video (WebM)'},
  transcript: {zh: '文字稿', en: 'Transcript'},
  seek: (time: string) => ({zh: `从 ${time} 播放`, en: `Play from ${time}`}),
  noVideo: {zh: '您的浏览器不能播放 WebM 视频，请阅读下面的文字稿。', en: 'Your browser cannot play WebM video; the transcript below tells the same story.'},
});
