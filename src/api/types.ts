import type {operations} from './schema';

type Json<R> = R extends {content: {'application/json': infer T}} ? T : never;
/** The JSON answer of an operation's success status. */
export type Answer<Op extends keyof operations, Status extends number = 200> = Json<
  operations[Op]['responses'][Status & keyof operations[Op]['responses']]
>;
/** The JSON request body of an operation. */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {requestBody: {content: {'application/json': infer T}}}
  ? T
  : operations[Op] extends {requestBody?: {content: {'application/json': infer T}}}
    ? T
    : never;

export type SupportSettings = Answer<'getSupportSettings'>;
export type Priority = SupportSettings['priorities'][number];
export type FileTicketBody = RequestBody<'fileTicket'>;
export type FiledTicket = Answer<'fileTicket', 201>;
export type CustomerTicket = Answer<'getLinkedTicket'>;
export type TicketStatus = CustomerTicket['status'];
export type Conversation = Answer<'listTicketMessages'>;
export type ConversationMessage = Conversation['messages'][number];
export type Attachment = Conversation['attachments'][number];
export type RequesterPage = Answer<'listMyTickets'>;
export type LocalisedText = SupportSettings['categories'][number]['name'];
export type SearchResults = Answer<'search'>;
export type SearchHit = SearchResults['hits'][number];
export type SearchSection = NonNullable<operations['search']['parameters']['query']['section']>;
export type SearchSuggestion = Answer<'suggestArticles'>['suggestions'][number];
export type FilingSuggestion = NonNullable<FileTicketBody['suggestions']>[number];
