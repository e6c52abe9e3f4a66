//! Request coalescing: concurrent calls of one kind (reads by `_id`, inserts) that arrive while
//! the database is busy are sent together as one command (`find` with `$in`, one unordered
//! `insert_many`), because a database round trip costs far more than one more document in it.
//!
//! A call never waits for company: when a slot is free its command goes out at once, alone.
//! Only while every slot is busy do calls queue, and the next free slot takes all of them (up
//! to a batch's limit). Every call is answered by a command sent after it arrived, so a read
//! still sees every write that was acknowledged before it started.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::error::{Error, Result};

type Call<Q, A> = (Q, oneshot::Sender<Result<A>>);

/// What a batch function returns: one answer per call, in the calls' order.
pub type Answers<A> = futures::future::BoxFuture<'static, Vec<Result<A>>>;

/// Sends calls of type `Q` in batches through `run`, which answers each call of a batch, in
/// order.
pub struct Coalescer<Q, A> {
    calls: mpsc::Sender<Call<Q, A>>,
    wait: Duration,
}

impl<Q, A> Clone for Coalescer<Q, A> {
    fn clone(&self) -> Self {
        Coalescer {
            calls: self.calls.clone(),
            wait: self.wait,
        }
    }
}

impl<Q: Send + 'static, A: Send + 'static> Coalescer<Q, A> {
    /// Starts the dispatcher: at most `slots` batches in flight, at most `max_batch` calls in
    /// one, and no caller waits longer than `wait` (it gets a 503 then). `run` must return one
    /// answer per call, in the calls' order.
    pub fn new<F, Fut>(slots: usize, max_batch: usize, wait: Duration, run: F) -> Self
    where
        F: Fn(Vec<Q>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Vec<Result<A>>> + Send + 'static,
    {
        let (calls, mut queue) = mpsc::channel::<Call<Q, A>>(max_batch * slots * 4);
        let slots = Arc::new(Semaphore::new(slots));
        let run = Arc::new(run);
        tokio::spawn(async move {
            loop {
                let Ok(slot) = slots.clone().acquire_owned().await else {
                    return;
                };
                let Some(first) = queue.recv().await else {
                    return;
                };
                let mut batch = vec![first];
                while batch.len() < max_batch {
                    match queue.try_recv() {
                        Ok(call) => batch.push(call),
                        Err(_) => break,
                    }
                }
                let run = run.clone();
                tokio::spawn(async move {
                    let (queries, answer_to): (Vec<Q>, Vec<_>) = batch.into_iter().unzip();
                    let count = queries.len();
                    let mut answers = run(queries).await.into_iter();
                    for to in answer_to {
                        let answer = answers.next().unwrap_or_else(|| {
                            Err(Error::internal(format!(
                                "a batch of {count} calls came back short"
                            )))
                        });
                        // The caller may have given up (timed out, hung up); nothing to do then.
                        let _ = to.send(answer);
                    }
                    drop(slot);
                });
            }
        });
        Coalescer { calls, wait }
    }

    /// Sends one call and waits for its answer.
    pub async fn call(&self, query: Q) -> Result<A> {
        let (to, answer) = oneshot::channel();
        let sent = async {
            self.calls
                .send((query, to))
                .await
                .map_err(|_| Error::internal("the batch dispatcher has stopped"))?;
            answer
                .await
                .map_err(|_| Error::internal("a batch was dropped unanswered"))?
        };
        match tokio::time::timeout(self.wait, sent).await {
            Ok(answer) => answer,
            Err(_) => Err(Error::unavailable(format!(
                "no answer within {}s",
                self.wait.as_secs()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Records each batch it is given and answers every call with its double, after a pause
    /// that lets calls pile up behind a busy slot.
    fn doubling(seen: Arc<Mutex<Vec<Vec<u32>>>>) -> Coalescer<u32, u32> {
        Coalescer::new(1, 8, Duration::from_secs(5), move |batch: Vec<u32>| {
            seen.lock().unwrap().push(batch.clone());
            async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                batch.into_iter().map(|n| Ok(n * 2)).collect()
            }
        })
    }

    #[tokio::test]
    async fn a_lone_call_goes_out_alone_and_at_once() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let c = doubling(seen.clone());
        assert_eq!(c.call(21).await.unwrap(), 42);
        assert_eq!(*seen.lock().unwrap(), vec![vec![21]]);
    }

    #[tokio::test]
    async fn calls_queued_behind_a_busy_slot_share_the_next_batch() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let c = doubling(seen.clone());
        let first = tokio::spawn({
            let c = c.clone();
            async move { c.call(0).await }
        });
        tokio::time::sleep(Duration::from_millis(10)).await;
        let rest: Vec<_> = (1..=20)
            .map(|n| {
                let c = c.clone();
                tokio::spawn(async move { c.call(n).await })
            })
            .collect();
        assert_eq!(first.await.unwrap().unwrap(), 0);
        for (n, call) in (1..=20).zip(rest) {
            assert_eq!(call.await.unwrap().unwrap(), n * 2, "call {n}");
        }
        let batches = seen.lock().unwrap().clone();
        // The first went alone; the 20 that queued behind it went in batches of at most 8.
        assert_eq!(batches[0], vec![0]);
        assert_eq!(
            batches[1..].iter().map(Vec::len).collect::<Vec<_>>(),
            vec![8, 8, 4]
        );
        let mut all: Vec<u32> = batches.concat();
        all.sort_unstable();
        assert_eq!(all, (0..=20).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn a_short_batch_answer_is_an_error_not_a_hang() {
        let c: Coalescer<u32, u32> =
            Coalescer::new(1, 8, Duration::from_secs(5), |_| async { Vec::new() });
        assert!(matches!(c.call(1).await, Err(Error::Internal { .. })));
    }

    #[tokio::test]
    async fn a_caller_waits_no_longer_than_its_limit() {
        let c: Coalescer<u32, u32> = Coalescer::new(1, 8, Duration::from_millis(50), |b| async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            b.into_iter().map(Ok).collect()
        });
        assert!(matches!(c.call(1).await, Err(Error::Unavailable { .. })));
    }
}
