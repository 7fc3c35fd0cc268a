import {useRef, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocale, useText} from '../i18n';
import {deckPath, trainingDecks} from '../../data/training-decks';
import {
  locales,
  posterPath,
  stepTimes,
  subtitlesPath,
  videoPath,
  walkthroughs,
  type Locale,
  type WalkthroughName,
} from '../../data/walkthroughs';
import {text} from './text';
import styles from './styles.module.css';

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-Hans' : 'en');
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** Every week's deck in a table: the page's language, the other one, and how many slides. */
export function TrainingDecks(): ReactNode {
  const locale = useLocale();
  const t = useText(text);
  const base = useBaseUrl('/');
  const href = (week: number, language: Locale) => `${base}${deckPath(week, language).slice(1)}`;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.deckColumn}</th>
          <th scope="col">{t.otherColumn}</th>
          <th scope="col">{t.slidesColumn}</th>
        </tr>
      </thead>
      <tbody>
        {trainingDecks.map((deck) => (
          <tr key={deck.week}>
            <td>
              <a href={href(deck.week, locale)}>{deck.title[locale]}</a>
            </td>
            <td>
              <a href={href(deck.week, other(locale))} hrefLang={other(locale)} lang={other(locale)}>
                {deck.title[other(locale)]}
              </a>
            </td>
            <td>{deck.slides}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A week's slide deck inside the page (keyboard: focus it, then arrows), with links to open it alone. */
export function WeekSlides({week}: {week: number}): ReactNode {
  const locale = useLocale();
  const t = useText(text);
  const deck = trainingDecks.find((d) => d.week === week);
  const own = useBaseUrl(deckPath(week, locale));
  const translated = useBaseUrl(deckPath(week, other(locale)));
  if (!deck) throw new Error(`No training deck for week ${week}`);
  const title = deck.title[locale];
  return (
    <figure className={styles.media}>
      <iframe className={styles.slides} src={own} title={t.slidesFrame(title)} loading="lazy" />
      <figcaption className={styles.caption}>
        {t.slidesHelp}{' '}
        <a href={own} target="_blank" rel="noopener">
          {t.openSlides(deck.slides)}
        </a>
        {' · '}
        <a href={translated} hrefLang={other(locale)} lang={other(locale)} target="_blank" rel="noopener">
          {t.otherLanguageSlides}
        </a>
      </figcaption>
    </figure>
  );
}

/**
 * A walkthrough video filmed in the page's UI language (or, on request, the other one), with subtitles in both
 * languages (the page's shown by default) and the same script as a transcript whose times seek the video.
 */
export function Walkthrough({name}: {name: WalkthroughName}): ReactNode {
  const locale = useLocale();
  const t = useText(text);
  const [ui, setUi] = useState<Locale>(locale);
  const video = useRef<HTMLVideoElement>(null);
  const walkthrough = walkthroughs[name];
  if (!walkthrough) throw new Error(`No walkthrough "${name}" (expected one of ${Object.keys(walkthroughs).join(', ')})`);
  const times = stepTimes(walkthrough);
  const src = useBaseUrl(videoPath(name, ui));
  const poster = useBaseUrl(posterPath(name, ui));
  const subtitles = {'zh-Hans': useBaseUrl(subtitlesPath(name, 'zh-Hans')), en: useBaseUrl(subtitlesPath(name, 'en'))};
  const title = walkthrough.title[locale];
  const transcriptId = `walkthrough-${name}-transcript`;
  const seek = (seconds: number) => {
    if (!video.current) return;
    video.current.currentTime = seconds;
    video.current.focus();
    void video.current.play().catch(() => undefined); // a browser that refuses autoplay still shows the frame
  };
  return (
    <figure className={styles.media}>
      {/* Keyed by the interface language so that switching it loads the other file. */}
      <video
        key={ui}
        ref={video}
        className={styles.video}
        controls
        preload="metadata"
        poster={poster}
        width={1280}
        height={720}
        aria-label={title}
        aria-describedby={transcriptId}>
        <source src={src} type="video/webm" />
        {locales.map((language) => (
          <track
            key={language}
            kind="subtitles"
            srcLang={language}
            label={language === 'en' ? 'English' : '中文'}
            src={subtitles[language]}
            default={language === locale}
          />
        ))}
        {t.noVideo}
      </video>
      <figcaption className={styles.caption}>
        {t.videoCaption(title, times.at(-1)?.end ?? 0)}{' '}
        <button type="button" className={styles.switch} onClick={() => setUi(other(ui))}>
          {ui === locale ? t.otherInterface : t.ownInterface}
        </button>{' '}
        <a href={src} download>
          {t.download}
        </a>
      </figcaption>
      <div id={transcriptId} className={styles.transcript}>
        <p className={styles.transcriptTitle}>
          <strong>{t.transcript}</strong> {walkthrough.summary[locale]}
        </p>
        <ol>
          {walkthrough.steps.map((step, i) => (
            <li key={step.id}>
              <button type="button" className={styles.time} onClick={() => seek(times[i]!.start)} aria-label={t.seek(clock(times[i]!.start))}>
                {clock(times[i]!.start)}
              </button>{' '}
              {step.caption[locale]}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
