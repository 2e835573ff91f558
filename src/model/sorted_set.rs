//! `SortedSet`: an ordered set kept as a sorted `Vec`. Most edges carry one to three passages and most
//! nodes a handful of mentions, which a `BTreeSet` stores in a 500-byte leaf each; a vector stores them in
//! place, and appending in order (how extraction adds them) costs one comparison.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ordered set of distinct values, iterated in ascending order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    /// An empty set.
    pub fn new() -> Self {
        SortedSet(Vec::new())
    }

    /// Adds a value; false when it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        if self.0.last().is_none_or(|last| *last < value) {
            self.0.push(value);
            return true;
        }
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, value);
                true
            }
        }
    }

    /// Whether the set holds `value`.
    pub fn contains(&self, value: &T) -> bool {
        self.0.binary_search(value).is_ok()
    }

    /// Removes `value`; false when it was not there.
    pub fn remove(&mut self, value: &T) -> bool {
        match self.0.binary_search(value) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// Keeps the values for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Values in ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The smallest value.
    pub fn first(&self) -> Option<&T> {
        self.0.first()
    }

    /// The largest value.
    pub fn last(&self) -> Option<&T> {
        self.0.last()
    }

    /// Values in ascending order, as a slice.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    fn from_unsorted(mut v: Vec<T>) -> Self {
        v.sort();
        v.dedup();
        SortedSet(v)
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut it = iter.into_iter().peekable();
        // Values arriving in ascending order after the last one are appended as they come.
        while let Some(v) = it.peek() {
            if self.0.last().is_some_and(|last| last >= v) {
                break;
            }
            if let Some(v) = it.next() {
                self.0.push(v);
            }
        }
        let rest: Vec<T> = it.collect();
        if rest.is_empty() {
            return;
        }
        if rest.len() <= 4 {
            for v in rest {
                self.insert(v);
            }
            return;
        }
        self.0.extend(rest);
        let v = std::mem::take(&mut self.0);
        *self = SortedSet::from_unsorted(v);
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        SortedSet::from_unsorted(iter.into_iter().collect())
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Serialize> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de> + Ord> Deserialize<'de> for SortedSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(SortedSet::from_unsorted(Vec::<T>::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_an_ordered_set() {
        let mut s = SortedSet::new();
        for v in [5, 1, 9, 5, 3, 1] {
            s.insert(v);
        }
        assert_eq!(s.as_slice(), [1, 3, 5, 9]);
        s.extend([10, 11, 2, 9, 0, 4, 7, 8]);
        assert_eq!(s.as_slice(), [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11]);
        s.extend([12, 13]);
        assert_eq!(s.last(), Some(&13));
        assert!(s.contains(&7) && !s.contains(&6));
        assert!(s.remove(&7) && !s.remove(&7));
        let t: SortedSet<i32> = [3, 2, 3, 1].into_iter().collect();
        assert_eq!(t.as_slice(), [1, 2, 3]);
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert_eq!(json, "[1,2,3]");
        let back: SortedSet<i32> = serde_json::from_str("[3,1,3]").unwrap_or_default();
        assert_eq!(back.as_slice(), [1, 3]);
    }
}
