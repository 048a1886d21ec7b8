import { Anchor, Box, Divider, Image, List, Stack, Text, Title, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { formatDateLine, isDisplayableImageSrc, type FeaturedImage, type TiptapDoc } from '@/domain';
import { renderArticleHtml } from './render-html';

export type ArticleViewData = {
  title: string;
  sapo: string;
  body: TiptapDoc;
  byline: string;
  source: string;
  featuredImage: FeaturedImage | null;
  /** When it is (or would be) published; the date line shows this day in Vietnam time. */
  date: Date | string;
};

export type ArticleViewProps = {
  article: ArticleViewData;
  related?: { id: string; title: string }[];
  relatedHref?: (id: string) => string;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The portal's convention: the first paragraph opens with `(Thanhuytphcm.vn) - `. */
function withSourcePrefix(html: string, source: string): string {
  const prefix = `(${source.trim()}) - `;
  if (!source.trim() || !html.startsWith('<p>')) return html;
  const firstText = html.slice(3).replace(/<[^>]*>/g, '');
  if (firstText.startsWith(`(${source.trim()})`)) return html;
  return `<p>${escapeHtml(prefix)}${html.slice(3)}`;
}

/**
 * An article as the portal publishes it: date line, title, featured photo and its caption, sapo,
 * body, byline, `Tin khác`. The body is sanitised HTML rendered from the stored TipTap JSON.
 */
export function ArticleView({ article, related = [], relatedHref }: ArticleViewProps) {
  const { t } = useTranslation('editor');
  const html = useMemo(() => withSourcePrefix(renderArticleHtml(article.body), article.source), [article.body, article.source]);
  return (
    <Box component="article" lang="vi">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {formatDateLine(article.date)}
        </Text>
        <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.25}>
          {article.title.trim() || t('article.untitled')}
        </Title>
        {article.featuredImage?.url && isDisplayableImageSrc(article.featuredImage.url) && (
          <Box component="figure" m={0}>
            <Image src={article.featuredImage.url} alt={article.featuredImage.alt} radius="sm" />
            {article.featuredImage.caption && (
              <Text component="figcaption" size="sm" fs="italic" c="dimmed" ta="center" mt={6}>
                {article.featuredImage.caption}
              </Text>
            )}
          </Box>
        )}
        {article.sapo.trim() && (
          <Text fw={700} lh={1.6}>
            {article.sapo}
          </Text>
        )}
        <Typography>
          <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
        {article.byline.trim() && (
          <Text fw={700} ta="right">
            {article.byline}
          </Text>
        )}
        {related.length > 0 && (
          <Box component="section" aria-labelledby="article-related">
            <Divider my="sm" />
            <Title order={2} fz="lg" id="article-related" mb="xs">
              {t('article.related')}
            </Title>
            <List spacing={4}>
              {related.map((r) => (
                <List.Item key={r.id}>{relatedHref ? <Anchor href={relatedHref(r.id)}>{r.title}</Anchor> : r.title}</List.Item>
              ))}
            </List>
          </Box>
        )}
      </Stack>
    </Box>
  );
}
