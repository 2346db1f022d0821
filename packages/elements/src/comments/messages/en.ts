import type { Message } from '../../i18n/messages.js';

export const en = {
  'comments.loading': 'Loading comments…',
  'comments.count': { '=0': 'No comments yet', one: '{count} comment', other: '{count} comments' },
  'comments.sort': 'Sort by',
  'comments.sort.newest': 'Newest first',
  'comments.sort.oldest': 'Oldest first',
  'comments.sort.top': 'Most supported',
  'comments.empty': 'No comments yet. Be the first to comment.',
  'comments.more': 'Show more comments',
  'comments.new': { one: '{count} new comment — show', other: '{count} new comments — show' },
  'comments.closed': 'This discussion is closed. You can read the comments, but not add new ones.',
  'comments.form.title': 'Add a comment',
  'comments.form.reply-title': 'Reply to {name}',
  'comments.form.name': 'Your name',
  'comments.form.name-hint': 'Leave empty to comment as “Anonymous”. Shown publicly.',
  'comments.form.body': 'Comment',
  'comments.form.reply-body': 'Reply',
  'comments.form.submit': 'Post comment',
  'comments.form.submit-reply': 'Post reply',
  'comments.form.submitting': 'Posting…',
  'comments.form.cancel': 'Cancel',
  'comments.form.required': 'Enter a comment.',
  'comments.form.too-long': 'Comments must be {max} characters or fewer.',
  'comments.posted': 'Your comment has been published.',
  'comments.posted-pending': 'Thank you. Your comment will appear once a moderator has approved it.',
  'comments.pending': 'Awaiting moderation',
  'comments.upvote': 'Support',
  'comments.upvote-label': {
    '=0': 'Support this comment (no supporters yet)',
    one: 'Support this comment ({count} supporter)',
    other: 'Support this comment ({count} supporters)',
  },
  'comments.reply': 'Reply',
  'comments.replies-show': { one: 'Show {count} reply', other: 'Show {count} replies' },
  'comments.replies-hide': { one: 'Hide {count} reply', other: 'Hide {count} replies' },
  'comments.report': 'Report',
  'comments.delete': 'Delete',
} satisfies Record<string, Message>;

export type CommentsMessageKey = keyof typeof en;
export type CommentsMessages = Record<CommentsMessageKey, Message>;
