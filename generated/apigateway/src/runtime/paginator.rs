//! Paginators: a stream of pages that follows the operation's token, and a
//! stream of the items of a page's one list member.
//!
//! Both implement `futures_core::Stream` and also offer an inherent
//! `next().await`, so callers need no `futures` crate.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use super::error::SdkError;
use super::http::BoxFuture;

/// A pagination token. Pagination stops when the next token is absent,
/// empty, or the same as the one just sent (a service bug that would
/// otherwise loop forever; the AWS SDKs for Rust and Go stop there too,
/// and CloudWatch Logs' `GetLogEvents` ends every stream that way).
///
/// An operation with several tokens pages with a tuple of `Option`s: it is
/// empty when every part is absent or empty.
pub trait PageToken: Clone + PartialEq + Send + Sync + 'static {
    fn is_empty_token(&self) -> bool;
}

impl<T: PageToken> PageToken for Option<T> {
    fn is_empty_token(&self) -> bool {
        match self {
            Some(t) => t.is_empty_token(),
            None => true,
        }
    }
}

macro_rules! tuple_token {
    ($($t:ident $i:tt),+) => {
        impl<$($t: PageToken),+> PageToken for ($($t,)+) {
            fn is_empty_token(&self) -> bool {
                $(self.$i.is_empty_token())&&+
            }
        }
    };
}
tuple_token!(A 0, B 1);
tuple_token!(A 0, B 1, C 2);
tuple_token!(A 0, B 1, C 2, D 3);

impl PageToken for String {
    fn is_empty_token(&self) -> bool {
        self.is_empty()
    }
}

impl<V: Clone + PartialEq + Send + Sync + 'static> PageToken for HashMap<String, V> {
    fn is_empty_token(&self) -> bool {
        self.is_empty()
    }
}

type Fetch<O, E, K> =
    Arc<dyn Fn(Option<K>) -> BoxFuture<'static, Result<O, SdkError<E>>> + Send + Sync>;

enum State<O, E, K> {
    /// The next request to send, with this token (`None`: first page).
    Ready(Option<K>),
    InFlight(Option<K>, BoxFuture<'static, Result<O, SdkError<E>>>),
    Done,
}

/// The pages of a paginated operation, fetched one at a time as polled.
pub struct PageStream<O, E, K> {
    fetch: Fetch<O, E, K>,
    next_token: fn(&O) -> Option<K>,
    state: State<O, E, K>,
}

impl<O, E, K> fmt::Debug for PageStream<O, E, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Ready(_) => "ready",
            State::InFlight(..) => "in flight",
            State::Done => "done",
        };
        f.debug_struct("PageStream").field("state", &state).finish()
    }
}

impl<O, E, K> PageStream<O, E, K>
where
    O: Send + 'static,
    E: Send + 'static,
    K: PageToken,
{
    /// `fetch(token)` sends one page request; `next_token` reads the
    /// output's token (`None` also when the output says there are no more
    /// pages). `first` is the token the caller set, if any.
    pub fn new<F, Fut>(first: Option<K>, fetch: F, next_token: fn(&O) -> Option<K>) -> Self
    where
        F: Fn(Option<K>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O, SdkError<E>>> + Send + 'static,
    {
        PageStream {
            fetch: Arc::new(move |token| Box::pin(fetch(token))),
            next_token,
            state: State::Ready(first),
        }
    }

    /// The next page, or `None` when there are no more. After an error the
    /// stream ends.
    pub async fn next(&mut self) -> Option<Result<O, SdkError<E>>> {
        poll_fn(|cx| self.poll_page(cx)).await
    }

    /// A stream of the items of every page; `items` takes a page's list.
    pub fn items<T, F>(self, items: F) -> ItemStream<O, E, K, T>
    where
        F: Fn(O) -> Vec<T> + Send + Sync + 'static,
    {
        ItemStream {
            pages: self,
            items: Box::new(items),
            buffer: VecDeque::new(),
        }
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<O, SdkError<E>>>> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Poll::Ready(None),
                State::Ready(token) => {
                    let fut = (self.fetch)(token.clone());
                    self.state = State::InFlight(token, fut);
                }
                State::InFlight(sent, mut fut) => match fut.as_mut().poll(cx) {
                    Poll::Pending => {
                        self.state = State::InFlight(sent, fut);
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                    Poll::Ready(Ok(page)) => {
                        let next = (self.next_token)(&page).filter(|t| !t.is_empty_token());
                        self.state = match next {
                            Some(t) if Some(&t) != sent.as_ref() => State::Ready(Some(t)),
                            _ => State::Done,
                        };
                        return Poll::Ready(Some(Ok(page)));
                    }
                },
            }
        }
    }
}

impl<O, E, K> futures_core::Stream for PageStream<O, E, K>
where
    O: Send + 'static,
    E: Send + 'static,
    K: PageToken,
{
    type Item = Result<O, SdkError<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_page(cx)
    }
}

// Only boxed futures and plain data inside: moving it is fine.
impl<O, E, K> Unpin for PageStream<O, E, K> {}

/// The items of every page, in order.
pub struct ItemStream<O, E, K, T> {
    pages: PageStream<O, E, K>,
    items: Box<dyn Fn(O) -> Vec<T> + Send + Sync>,
    buffer: VecDeque<T>,
}

impl<O, E, K, T> fmt::Debug for ItemStream<O, E, K, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

impl<O, E, K, T> ItemStream<O, E, K, T>
where
    O: Send + 'static,
    E: Send + 'static,
    K: PageToken,
{
    /// The next item, or `None` at the end. A failed page yields its error
    /// once and ends the stream.
    pub async fn next(&mut self) -> Option<Result<T, SdkError<E>>> {
        poll_fn(|cx| self.poll_item(cx)).await
    }

    /// Every remaining item, or the first error.
    pub async fn collect(mut self) -> Result<Vec<T>, SdkError<E>> {
        let mut out = Vec::new();
        while let Some(item) = self.next().await {
            out.push(item?);
        }
        Ok(out)
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<T, SdkError<E>>>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => self.buffer.extend((self.items)(page)),
            }
        }
    }
}

impl<O, E, K, T> futures_core::Stream for ItemStream<O, E, K, T>
where
    O: Send + 'static,
    E: Send + 'static,
    K: PageToken,
{
    type Item = Result<T, SdkError<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

impl<O, E, K, T> Unpin for ItemStream<O, E, K, T> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Page {
        items: Vec<u32>,
        next: Option<String>,
    }

    #[derive(Debug)]
    struct NoError;

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// Pages of `per_page` over `0..total`; the token is the next offset.
    fn pages(total: u32, per_page: u32) -> PageStream<Page, NoError, String> {
        PageStream::new(
            None,
            move |token: Option<String>| async move {
                let start: u32 = token.map_or(0, |t| t.parse().unwrap());
                let end = (start + per_page).min(total);
                Ok(Page {
                    items: (start..end).collect(),
                    next: (end < total).then(|| end.to_string()),
                })
            },
            |p: &Page| p.next.clone(),
        )
    }

    #[test]
    fn yields_every_item_once() {
        let items = block_on(pages(250, 10).items(|p| p.items).collect()).unwrap();
        assert_eq!(items, (0..250).collect::<Vec<_>>());
    }

    #[test]
    fn stops_on_empty_or_repeated_token() {
        let mut empty = PageStream::new(
            None,
            |_t: Option<String>| async {
                Ok::<_, SdkError<NoError>>(Page {
                    items: vec![1],
                    next: Some(String::new()),
                })
            },
            |p: &Page| p.next.clone(),
        );
        let mut repeated = PageStream::new(
            Some("same".to_string()),
            |_t: Option<String>| async {
                Ok::<_, SdkError<NoError>>(Page {
                    items: vec![1],
                    next: Some("same".into()),
                })
            },
            |p: &Page| p.next.clone(),
        );
        block_on(async {
            assert!(empty.next().await.is_some());
            assert!(empty.next().await.is_none());
            assert!(repeated.next().await.is_some());
            assert!(repeated.next().await.is_none());
        });
    }

    /// Two tokens (a marker and a sub-marker, as botocore allows): each sent
    /// when set; paging ends only when both are absent.
    #[test]
    fn several_tokens_walk_every_page() {
        type Pair = (Option<String>, Option<String>);
        #[derive(Debug)]
        struct Paged {
            items: Vec<u32>,
            next: Pair,
        }
        let sent = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = sent.clone();
        let stream = PageStream::<Paged, NoError, Pair>::new(
            Some((None, None)),
            move |token: Option<Pair>| {
                log.lock().unwrap().push(token.clone());
                async move {
                    let (page, next) = match token.unwrap_or_default() {
                        (None, None) => (0, (Some("a".into()), None)),
                        (Some(a), None) if a == "a" => (1, (Some("a".into()), Some("x".into()))),
                        (Some(a), Some(x)) if a == "a" && x == "x" => (2, (None, None)),
                        other => panic!("unexpected tokens {other:?}"),
                    };
                    Ok(Paged {
                        items: vec![page],
                        next,
                    })
                }
            },
            |p: &Paged| Some(p.next.clone()),
        );
        let items = block_on(stream.items(|p| p.items).collect()).unwrap();
        assert_eq!(items, [0, 1, 2]);
        assert_eq!(sent.lock().unwrap().len(), 3);
        assert!((None::<String>, Some(String::new())).is_empty_token());
        assert!(!(None::<String>, Some("t".to_string())).is_empty_token());
    }

    #[test]
    fn an_error_ends_the_stream() {
        let mut s = PageStream::<Page, NoError, String>::new(
            None,
            |_t| async {
                Err(SdkError::Dispatch(super::super::error::DispatchError::new(
                    "boom",
                )))
            },
            |p: &Page| p.next.clone(),
        );
        block_on(async {
            assert!(matches!(s.next().await, Some(Err(_))));
            assert!(s.next().await.is_none());
        });
    }
}
