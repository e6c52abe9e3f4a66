//! The use cases of the service — create, read, replace, delete, list, move stock — in domain
//! terms: they check preconditions, call the repository and emit side effects. HTTP types stay
//! out of here (see `api`), storage details stay behind [`Repository`].

use std::sync::Arc;

use crate::domain::{
    Catalogo, Filters, Movimiento, Page, PageRequest, Precondition, Recambio, StockChange,
    StockRequest, if_match,
};
use crate::effects::{Effect, Outbox};
use crate::error::{Error, Result};
use crate::metrics::ServiceMetrics;
use crate::store::Repository;

/// The spare-parts service: a repository, the outboxes its changes are reported to, and what
/// it counts.
#[derive(Clone)]
pub struct Recambios {
    store: Arc<dyn Repository>,
    outboxes: Arc<Vec<Outbox>>,
    metrics: ServiceMetrics,
}

impl Recambios {
    pub fn new(store: Arc<dyn Repository>, outboxes: Vec<Outbox>, metrics: ServiceMetrics) -> Self {
        Recambios {
            store,
            outboxes: Arc::new(outboxes),
            metrics,
        }
    }

    fn emit(&self, effect: Effect) {
        for outbox in self.outboxes.iter() {
            outbox.send(&effect);
        }
    }

    /// Readiness: the database answers.
    pub async fn ready(&self) -> Result<()> {
        self.store.ping().await
    }

    pub async fn crear(
        &self,
        numero_serie: String,
        catalogo: Catalogo,
        cantidad: u32,
    ) -> Result<Recambio> {
        let part = Recambio::new(numero_serie, catalogo, cantidad);
        self.store.insert(&part).await?;
        self.emit(Effect::Cambio {
            numero_serie: part.numero_serie.clone(),
            descripcion: format!("alta con {cantidad} unidades"),
        });
        Ok(part)
    }

    pub async fn obtener(&self, numero_serie: &str) -> Result<Recambio> {
        self.store
            .get(numero_serie)
            .await?
            .ok_or_else(|| Error::NotFound(numero_serie.to_owned()))
    }

    /// The current part if `header` (the request's `If-Match`) allows changing it.
    async fn precondition(&self, numero_serie: &str, header: Option<&str>) -> Result<Recambio> {
        let header = header.ok_or(Error::IfMatchMissing)?;
        let current = self.obtener(numero_serie).await?;
        match if_match(header, current.version) {
            Precondition::Matches => Ok(current),
            Precondition::Stale => Err(Error::Stale {
                current: current.version,
            }),
        }
    }

    pub async fn reemplazar(
        &self,
        numero_serie: &str,
        if_match: Option<&str>,
        catalogo: Catalogo,
    ) -> Result<Recambio> {
        let current = self.precondition(numero_serie, if_match).await?;
        let next = current.replaced(catalogo);
        self.store.replace(&next).await?;
        self.emit(Effect::Cambio {
            numero_serie: numero_serie.to_owned(),
            descripcion: format!("datos de catálogo cambiados (versión {})", next.version),
        });
        // A higher minimum can put a part into low stock without any movement.
        if next.stock_bajo && !current.stock_bajo {
            self.emit(low_stock(&next));
        }
        Ok(next)
    }

    pub async fn borrar(&self, numero_serie: &str, if_match: Option<&str>) -> Result<()> {
        let current = self.precondition(numero_serie, if_match).await?;
        self.store.delete(numero_serie, current.version).await?;
        self.emit(Effect::Cambio {
            numero_serie: numero_serie.to_owned(),
            descripcion: "baja del catálogo".into(),
        });
        Ok(())
    }

    pub async fn listar(
        &self,
        filters: &Filters,
        page: &PageRequest,
    ) -> Result<Page<Arc<Recambio>>> {
        self.store.list(filters, page).await
    }

    /// Applies one stock operation atomically; tells notificaciones when it took the part
    /// into low stock.
    pub async fn mover(&self, numero_serie: &str, request: StockRequest) -> Result<Recambio> {
        let change = StockChange::plan(request);
        let after = self.store.apply_stock(numero_serie, &change).await?;
        let r = &change.request;
        self.metrics.stock_moved(r.tipo);
        let job = r
            .trabajo_id
            .map(|j| format!(" (trabajo {j})"))
            .unwrap_or_default();
        self.emit(Effect::Cambio {
            numero_serie: numero_serie.to_owned(),
            descripcion: format!(
                "{} de {} unidades{job}: quedan {} ({} reservadas)",
                r.tipo.as_str(),
                r.cantidad,
                after.cantidad,
                after.cantidad_reservada
            ),
        });
        if change.crossed_low(&after) {
            self.emit(low_stock(&after));
        }
        Ok(after)
    }

    /// A part's movements; 404 when the part does not exist.
    pub async fn movimientos(
        &self,
        numero_serie: &str,
        page: &PageRequest,
    ) -> Result<Page<Movimiento>> {
        self.obtener(numero_serie).await?;
        self.store.movements(numero_serie, page).await
    }
}

fn low_stock(part: &Recambio) -> Effect {
    Effect::StockBajo {
        numero_serie: part.numero_serie.clone(),
        nombre: part.catalogo.nombre.clone(),
        disponible: part.cantidad_disponible,
        minimo: part.catalogo.stock_minimo,
    }
}
