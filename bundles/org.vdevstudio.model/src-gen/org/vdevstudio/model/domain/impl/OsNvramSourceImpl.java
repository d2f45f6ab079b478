/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.math.BigInteger;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.DiskAuth;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.EmptyElement;
import org.vdevstudio.model.domain.Initiatorinfo;
import org.vdevstudio.model.domain.OsNvramSource;
import org.vdevstudio.model.domain.OsNvramSourceAddress;
import org.vdevstudio.model.domain.OsNvramSourceConfig;
import org.vdevstudio.model.domain.OsNvramSourceCookies;
import org.vdevstudio.model.domain.OsNvramSourceEncryption;
import org.vdevstudio.model.domain.OsNvramSourceHost;
import org.vdevstudio.model.domain.OsNvramSourceIdentity;
import org.vdevstudio.model.domain.OsNvramSourceMode;
import org.vdevstudio.model.domain.OsNvramSourceProtocol;
import org.vdevstudio.model.domain.OsNvramSourceReadahead;
import org.vdevstudio.model.domain.OsNvramSourceReservations;
import org.vdevstudio.model.domain.OsNvramSourceSeclabel;
import org.vdevstudio.model.domain.OsNvramSourceSlices;
import org.vdevstudio.model.domain.OsNvramSourceSnapshot;
import org.vdevstudio.model.domain.OsNvramSourceSsl;
import org.vdevstudio.model.domain.OsNvramSourceStartupPolicy;
import org.vdevstudio.model.domain.OsNvramSourceTimeout;
import org.vdevstudio.model.domain.OsNvramSourceType;
import org.vdevstudio.model.domain.Reconnect;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os Nvram Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getPrivateData <em>Private Data</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getSeclabels <em>Seclabels</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getReservations <em>Reservations</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getAuth <em>Auth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getCookies <em>Cookies</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getReadahead <em>Readahead</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getSsl <em>Ssl</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getIdentity <em>Identity</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getReconnect <em>Reconnect</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getFdgroup <em>Fdgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getStartupPolicy <em>Startup Policy</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getDir <em>Dir</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getTls <em>Tls</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getTlsHostname <em>Tls Hostname</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsNvramSourceImpl extends EObjectImpl implements OsNvramSource {
	/**
	 * The cached value of the '{@link #getMixed() <em>Mixed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixed()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap mixed;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFdgroup() <em>Fdgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFdgroup()
	 * @generated
	 * @ordered
	 */
	protected static final String FDGROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFdgroup() <em>Fdgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFdgroup()
	 * @generated
	 * @ordered
	 */
	protected String fdgroup = FDGROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger INDEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected BigInteger index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartupPolicy() <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartupPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceStartupPolicy STARTUP_POLICY_EDEFAULT = OsNvramSourceStartupPolicy.MANDATORY;

	/**
	 * The cached value of the '{@link #getStartupPolicy() <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartupPolicy()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceStartupPolicy startupPolicy = STARTUP_POLICY_EDEFAULT;

	/**
	 * This is true if the Startup Policy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean startupPolicyESet;

	/**
	 * The default value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected static final String DEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected String dev = DEV_EDEFAULT;

	/**
	 * The default value of the '{@link #getDir() <em>Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDir()
	 * @generated
	 * @ordered
	 */
	protected static final String DIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDir() <em>Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDir()
	 * @generated
	 * @ordered
	 */
	protected String dir = DIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceProtocol PROTOCOL_EDEFAULT = OsNvramSourceProtocol.NBD;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * This is true if the Protocol attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean protocolESet;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo TLS_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo tls = TLS_EDEFAULT;

	/**
	 * This is true if the Tls attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tlsESet;

	/**
	 * The default value of the '{@link #getTlsHostname() <em>Tls Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String TLS_HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTlsHostname() <em>Tls Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsHostname()
	 * @generated
	 * @ordered
	 */
	protected String tlsHostname = TLS_HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected String pool = POOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected String volume = VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceMode MODE_EDEFAULT = OsNvramSourceMode.HOST;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceMode mode = MODE_EDEFAULT;

	/**
	 * This is true if the Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean modeESet;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceType TYPE_EDEFAULT = OsNvramSourceType.PCI;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected String namespace = NAMESPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManaged()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo MANAGED_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManaged()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo managed = MANAGED_EDEFAULT;

	/**
	 * This is true if the Managed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean managedESet;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnyAttribute() <em>Any Attribute</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnyAttribute()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap anyAttribute;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OsNvramSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS_NVRAM_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSlices getSlices() {
		return (OsNvramSourceSlices)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__SLICES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSlices(OsNvramSourceSlices newSlices, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__SLICES, newSlices, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlices(OsNvramSourceSlices newSlices) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__SLICES, newSlices);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyElement getPrivateData() {
		return (EmptyElement)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__PRIVATE_DATA, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrivateData(EmptyElement newPrivateData, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__PRIVATE_DATA, newPrivateData, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivateData(EmptyElement newPrivateData) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__PRIVATE_DATA, newPrivateData);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryption getEncryption() {
		return (OsNvramSourceEncryption)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__ENCRYPTION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEncryption(OsNvramSourceEncryption newEncryption, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__ENCRYPTION, newEncryption, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryption(OsNvramSourceEncryption newEncryption) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__ENCRYPTION, newEncryption);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsNvramSourceSeclabel> getSeclabels() {
		return getMixed().list(DomainPackage.Literals.OS_NVRAM_SOURCE__SECLABELS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceReservations getReservations() {
		return (OsNvramSourceReservations)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__RESERVATIONS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReservations(OsNvramSourceReservations newReservations, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__RESERVATIONS, newReservations, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReservations(OsNvramSourceReservations newReservations) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__RESERVATIONS, newReservations);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsNvramSourceHost> getHosts() {
		return getMixed().list(DomainPackage.Literals.OS_NVRAM_SOURCE__HOSTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSnapshot getSnapshot() {
		return (OsNvramSourceSnapshot)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__SNAPSHOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSnapshot(OsNvramSourceSnapshot newSnapshot, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__SNAPSHOT, newSnapshot, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshot(OsNvramSourceSnapshot newSnapshot) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__SNAPSHOT, newSnapshot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceConfig getConfig() {
		return (OsNvramSourceConfig)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__CONFIG, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfig(OsNvramSourceConfig newConfig, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__CONFIG, newConfig, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfig(OsNvramSourceConfig newConfig) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__CONFIG, newConfig);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskAuth getAuth() {
		return (DiskAuth)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__AUTH, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuth(DiskAuth newAuth, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__AUTH, newAuth, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuth(DiskAuth newAuth) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__AUTH, newAuth);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiatorinfo getInitiator() {
		return (Initiatorinfo)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__INITIATOR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitiator(Initiatorinfo newInitiator, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__INITIATOR, newInitiator, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(Initiatorinfo newInitiator) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__INITIATOR, newInitiator);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceCookies getCookies() {
		return (OsNvramSourceCookies)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__COOKIES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCookies(OsNvramSourceCookies newCookies, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__COOKIES, newCookies, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCookies(OsNvramSourceCookies newCookies) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__COOKIES, newCookies);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceReadahead getReadahead() {
		return (OsNvramSourceReadahead)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__READAHEAD, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReadahead(OsNvramSourceReadahead newReadahead, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__READAHEAD, newReadahead, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadahead(OsNvramSourceReadahead newReadahead) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__READAHEAD, newReadahead);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceTimeout getTimeout() {
		return (OsNvramSourceTimeout)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__TIMEOUT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeout(OsNvramSourceTimeout newTimeout, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__TIMEOUT, newTimeout, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeout(OsNvramSourceTimeout newTimeout) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__TIMEOUT, newTimeout);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSsl getSsl() {
		return (OsNvramSourceSsl)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__SSL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSsl(OsNvramSourceSsl newSsl, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__SSL, newSsl, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSsl(OsNvramSourceSsl newSsl) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__SSL, newSsl);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceIdentity getIdentity() {
		return (OsNvramSourceIdentity)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__IDENTITY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdentity(OsNvramSourceIdentity newIdentity, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__IDENTITY, newIdentity, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentity(OsNvramSourceIdentity newIdentity) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__IDENTITY, newIdentity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceAddress getAddress() {
		return (OsNvramSourceAddress)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(OsNvramSourceAddress newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(OsNvramSourceAddress newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reconnect getReconnect() {
		return (Reconnect)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE__RECONNECT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReconnect(Reconnect newReconnect, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE__RECONNECT, newReconnect, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconnect(Reconnect newReconnect) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE__RECONNECT, newReconnect);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFdgroup() {
		return fdgroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFdgroup(String newFdgroup) {
		String oldFdgroup = fdgroup;
		fdgroup = newFdgroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__FDGROUP, oldFdgroup, fdgroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(BigInteger newIndex) {
		BigInteger oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceStartupPolicy getStartupPolicy() {
		return startupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartupPolicy(OsNvramSourceStartupPolicy newStartupPolicy) {
		OsNvramSourceStartupPolicy oldStartupPolicy = startupPolicy;
		startupPolicy = newStartupPolicy == null ? STARTUP_POLICY_EDEFAULT : newStartupPolicy;
		boolean oldStartupPolicyESet = startupPolicyESet;
		startupPolicyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY, oldStartupPolicy, startupPolicy, !oldStartupPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStartupPolicy() {
		OsNvramSourceStartupPolicy oldStartupPolicy = startupPolicy;
		boolean oldStartupPolicyESet = startupPolicyESet;
		startupPolicy = STARTUP_POLICY_EDEFAULT;
		startupPolicyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY, oldStartupPolicy, STARTUP_POLICY_EDEFAULT, oldStartupPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStartupPolicy() {
		return startupPolicyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDev() {
		return dev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDev(String newDev) {
		String oldDev = dev;
		dev = newDev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__DEV, oldDev, dev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDir() {
		return dir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDir(String newDir) {
		String oldDir = dir;
		dir = newDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__DIR, oldDir, dir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(OsNvramSourceProtocol newProtocol) {
		OsNvramSourceProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		boolean oldProtocolESet = protocolESet;
		protocolESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__PROTOCOL, oldProtocol, protocol, !oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProtocol() {
		OsNvramSourceProtocol oldProtocol = protocol;
		boolean oldProtocolESet = protocolESet;
		protocol = PROTOCOL_EDEFAULT;
		protocolESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__PROTOCOL, oldProtocol, PROTOCOL_EDEFAULT, oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProtocol() {
		return protocolESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(VirYesNo newTls) {
		VirYesNo oldTls = tls;
		tls = newTls == null ? TLS_EDEFAULT : newTls;
		boolean oldTlsESet = tlsESet;
		tlsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__TLS, oldTls, tls, !oldTlsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTls() {
		VirYesNo oldTls = tls;
		boolean oldTlsESet = tlsESet;
		tls = TLS_EDEFAULT;
		tlsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__TLS, oldTls, TLS_EDEFAULT, oldTlsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTls() {
		return tlsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTlsHostname() {
		return tlsHostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsHostname(String newTlsHostname) {
		String oldTlsHostname = tlsHostname;
		tlsHostname = newTlsHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__TLS_HOSTNAME, oldTlsHostname, tlsHostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__QUERY, oldQuery, query));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPool(String newPool) {
		String oldPool = pool;
		pool = newPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__POOL, oldPool, pool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(String newVolume) {
		String oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(OsNvramSourceMode newMode) {
		OsNvramSourceMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		boolean oldModeESet = modeESet;
		modeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__MODE, oldMode, mode, !oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMode() {
		OsNvramSourceMode oldMode = mode;
		boolean oldModeESet = modeESet;
		mode = MODE_EDEFAULT;
		modeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__MODE, oldMode, MODE_EDEFAULT, oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMode() {
		return modeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(OsNvramSourceType newType) {
		OsNvramSourceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		OsNvramSourceType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamespace() {
		return namespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespace(String newNamespace) {
		String oldNamespace = namespace;
		namespace = newNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__NAMESPACE, oldNamespace, namespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getManaged() {
		return managed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManaged(VirYesNo newManaged) {
		VirYesNo oldManaged = managed;
		managed = newManaged == null ? MANAGED_EDEFAULT : newManaged;
		boolean oldManagedESet = managedESet;
		managedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__MANAGED, oldManaged, managed, !oldManagedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetManaged() {
		VirYesNo oldManaged = managed;
		boolean oldManagedESet = managedESet;
		managed = MANAGED_EDEFAULT;
		managedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE__MANAGED, oldManaged, MANAGED_EDEFAULT, oldManagedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetManaged() {
		return managedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS_NVRAM_SOURCE__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE);
		}
		return anyAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.OS_NVRAM_SOURCE__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__SLICES:
				return basicSetSlices(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__PRIVATE_DATA:
				return basicSetPrivateData(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__ENCRYPTION:
				return basicSetEncryption(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__SECLABELS:
				return ((InternalEList<?>)getSeclabels()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__RESERVATIONS:
				return basicSetReservations(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__SNAPSHOT:
				return basicSetSnapshot(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__CONFIG:
				return basicSetConfig(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__AUTH:
				return basicSetAuth(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__INITIATOR:
				return basicSetInitiator(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__COOKIES:
				return basicSetCookies(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__READAHEAD:
				return basicSetReadahead(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__TIMEOUT:
				return basicSetTimeout(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__SSL:
				return basicSetSsl(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__IDENTITY:
				return basicSetIdentity(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__RECONNECT:
				return basicSetReconnect(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE:
				return ((InternalEList<?>)getAnyAttribute()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.OS_NVRAM_SOURCE__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE__SLICES:
				return getSlices();
			case DomainPackage.OS_NVRAM_SOURCE__PRIVATE_DATA:
				return getPrivateData();
			case DomainPackage.OS_NVRAM_SOURCE__ENCRYPTION:
				return getEncryption();
			case DomainPackage.OS_NVRAM_SOURCE__SECLABELS:
				return getSeclabels();
			case DomainPackage.OS_NVRAM_SOURCE__RESERVATIONS:
				return getReservations();
			case DomainPackage.OS_NVRAM_SOURCE__HOSTS:
				return getHosts();
			case DomainPackage.OS_NVRAM_SOURCE__SNAPSHOT:
				return getSnapshot();
			case DomainPackage.OS_NVRAM_SOURCE__CONFIG:
				return getConfig();
			case DomainPackage.OS_NVRAM_SOURCE__AUTH:
				return getAuth();
			case DomainPackage.OS_NVRAM_SOURCE__INITIATOR:
				return getInitiator();
			case DomainPackage.OS_NVRAM_SOURCE__COOKIES:
				return getCookies();
			case DomainPackage.OS_NVRAM_SOURCE__READAHEAD:
				return getReadahead();
			case DomainPackage.OS_NVRAM_SOURCE__TIMEOUT:
				return getTimeout();
			case DomainPackage.OS_NVRAM_SOURCE__SSL:
				return getSsl();
			case DomainPackage.OS_NVRAM_SOURCE__IDENTITY:
				return getIdentity();
			case DomainPackage.OS_NVRAM_SOURCE__ADDRESS:
				return getAddress();
			case DomainPackage.OS_NVRAM_SOURCE__RECONNECT:
				return getReconnect();
			case DomainPackage.OS_NVRAM_SOURCE__FILE:
				return getFile();
			case DomainPackage.OS_NVRAM_SOURCE__FDGROUP:
				return getFdgroup();
			case DomainPackage.OS_NVRAM_SOURCE__INDEX:
				return getIndex();
			case DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY:
				return getStartupPolicy();
			case DomainPackage.OS_NVRAM_SOURCE__DEV:
				return getDev();
			case DomainPackage.OS_NVRAM_SOURCE__DIR:
				return getDir();
			case DomainPackage.OS_NVRAM_SOURCE__PROTOCOL:
				return getProtocol();
			case DomainPackage.OS_NVRAM_SOURCE__NAME:
				return getName();
			case DomainPackage.OS_NVRAM_SOURCE__TLS:
				return getTls();
			case DomainPackage.OS_NVRAM_SOURCE__TLS_HOSTNAME:
				return getTlsHostname();
			case DomainPackage.OS_NVRAM_SOURCE__QUERY:
				return getQuery();
			case DomainPackage.OS_NVRAM_SOURCE__POOL:
				return getPool();
			case DomainPackage.OS_NVRAM_SOURCE__VOLUME:
				return getVolume();
			case DomainPackage.OS_NVRAM_SOURCE__MODE:
				return getMode();
			case DomainPackage.OS_NVRAM_SOURCE__TYPE:
				return getType();
			case DomainPackage.OS_NVRAM_SOURCE__NAMESPACE:
				return getNamespace();
			case DomainPackage.OS_NVRAM_SOURCE__MANAGED:
				return getManaged();
			case DomainPackage.OS_NVRAM_SOURCE__PATH:
				return getPath();
			case DomainPackage.OS_NVRAM_SOURCE__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE:
				if (coreType) return getAnyAttribute();
				return ((FeatureMap.Internal)getAnyAttribute()).getWrapper();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.OS_NVRAM_SOURCE__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SLICES:
				setSlices((OsNvramSourceSlices)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PRIVATE_DATA:
				setPrivateData((EmptyElement)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ENCRYPTION:
				setEncryption((OsNvramSourceEncryption)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SECLABELS:
				getSeclabels().clear();
				getSeclabels().addAll((Collection<? extends OsNvramSourceSeclabel>)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__RESERVATIONS:
				setReservations((OsNvramSourceReservations)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends OsNvramSourceHost>)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SNAPSHOT:
				setSnapshot((OsNvramSourceSnapshot)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__CONFIG:
				setConfig((OsNvramSourceConfig)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__AUTH:
				setAuth((DiskAuth)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__INITIATOR:
				setInitiator((Initiatorinfo)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__COOKIES:
				setCookies((OsNvramSourceCookies)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__READAHEAD:
				setReadahead((OsNvramSourceReadahead)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TIMEOUT:
				setTimeout((OsNvramSourceTimeout)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SSL:
				setSsl((OsNvramSourceSsl)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__IDENTITY:
				setIdentity((OsNvramSourceIdentity)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ADDRESS:
				setAddress((OsNvramSourceAddress)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__RECONNECT:
				setReconnect((Reconnect)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__FILE:
				setFile((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__FDGROUP:
				setFdgroup((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__INDEX:
				setIndex((BigInteger)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY:
				setStartupPolicy((OsNvramSourceStartupPolicy)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__DEV:
				setDev((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__DIR:
				setDir((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PROTOCOL:
				setProtocol((OsNvramSourceProtocol)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TLS:
				setTls((VirYesNo)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TLS_HOSTNAME:
				setTlsHostname((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__QUERY:
				setQuery((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__POOL:
				setPool((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__VOLUME:
				setVolume((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__MODE:
				setMode((OsNvramSourceMode)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TYPE:
				setType((OsNvramSourceType)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__NAMESPACE:
				setNamespace((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__MANAGED:
				setManaged((VirYesNo)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE:
				((FeatureMap.Internal)getAnyAttribute()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.OS_NVRAM_SOURCE__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SLICES:
				setSlices((OsNvramSourceSlices)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PRIVATE_DATA:
				setPrivateData((EmptyElement)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ENCRYPTION:
				setEncryption((OsNvramSourceEncryption)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SECLABELS:
				getSeclabels().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__RESERVATIONS:
				setReservations((OsNvramSourceReservations)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__HOSTS:
				getHosts().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SNAPSHOT:
				setSnapshot((OsNvramSourceSnapshot)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__CONFIG:
				setConfig((OsNvramSourceConfig)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__AUTH:
				setAuth((DiskAuth)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__INITIATOR:
				setInitiator((Initiatorinfo)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__COOKIES:
				setCookies((OsNvramSourceCookies)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__READAHEAD:
				setReadahead((OsNvramSourceReadahead)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TIMEOUT:
				setTimeout((OsNvramSourceTimeout)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__SSL:
				setSsl((OsNvramSourceSsl)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__IDENTITY:
				setIdentity((OsNvramSourceIdentity)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ADDRESS:
				setAddress((OsNvramSourceAddress)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__RECONNECT:
				setReconnect((Reconnect)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__FDGROUP:
				setFdgroup(FDGROUP_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY:
				unsetStartupPolicy();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__DEV:
				setDev(DEV_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__DIR:
				setDir(DIR_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PROTOCOL:
				unsetProtocol();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TLS:
				unsetTls();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TLS_HOSTNAME:
				setTlsHostname(TLS_HOSTNAME_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__POOL:
				setPool(POOL_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__VOLUME:
				setVolume(VOLUME_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__MODE:
				unsetMode();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__TYPE:
				unsetType();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__NAMESPACE:
				setNamespace(NAMESPACE_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__MANAGED:
				unsetManaged();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE:
				getAnyAttribute().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.OS_NVRAM_SOURCE__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE__SLICES:
				return getSlices() != null;
			case DomainPackage.OS_NVRAM_SOURCE__PRIVATE_DATA:
				return getPrivateData() != null;
			case DomainPackage.OS_NVRAM_SOURCE__ENCRYPTION:
				return getEncryption() != null;
			case DomainPackage.OS_NVRAM_SOURCE__SECLABELS:
				return !getSeclabels().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE__RESERVATIONS:
				return getReservations() != null;
			case DomainPackage.OS_NVRAM_SOURCE__HOSTS:
				return !getHosts().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE__SNAPSHOT:
				return getSnapshot() != null;
			case DomainPackage.OS_NVRAM_SOURCE__CONFIG:
				return getConfig() != null;
			case DomainPackage.OS_NVRAM_SOURCE__AUTH:
				return getAuth() != null;
			case DomainPackage.OS_NVRAM_SOURCE__INITIATOR:
				return getInitiator() != null;
			case DomainPackage.OS_NVRAM_SOURCE__COOKIES:
				return getCookies() != null;
			case DomainPackage.OS_NVRAM_SOURCE__READAHEAD:
				return getReadahead() != null;
			case DomainPackage.OS_NVRAM_SOURCE__TIMEOUT:
				return getTimeout() != null;
			case DomainPackage.OS_NVRAM_SOURCE__SSL:
				return getSsl() != null;
			case DomainPackage.OS_NVRAM_SOURCE__IDENTITY:
				return getIdentity() != null;
			case DomainPackage.OS_NVRAM_SOURCE__ADDRESS:
				return getAddress() != null;
			case DomainPackage.OS_NVRAM_SOURCE__RECONNECT:
				return getReconnect() != null;
			case DomainPackage.OS_NVRAM_SOURCE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case DomainPackage.OS_NVRAM_SOURCE__FDGROUP:
				return FDGROUP_EDEFAULT == null ? fdgroup != null : !FDGROUP_EDEFAULT.equals(fdgroup);
			case DomainPackage.OS_NVRAM_SOURCE__INDEX:
				return INDEX_EDEFAULT == null ? index != null : !INDEX_EDEFAULT.equals(index);
			case DomainPackage.OS_NVRAM_SOURCE__STARTUP_POLICY:
				return isSetStartupPolicy();
			case DomainPackage.OS_NVRAM_SOURCE__DEV:
				return DEV_EDEFAULT == null ? dev != null : !DEV_EDEFAULT.equals(dev);
			case DomainPackage.OS_NVRAM_SOURCE__DIR:
				return DIR_EDEFAULT == null ? dir != null : !DIR_EDEFAULT.equals(dir);
			case DomainPackage.OS_NVRAM_SOURCE__PROTOCOL:
				return isSetProtocol();
			case DomainPackage.OS_NVRAM_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DomainPackage.OS_NVRAM_SOURCE__TLS:
				return isSetTls();
			case DomainPackage.OS_NVRAM_SOURCE__TLS_HOSTNAME:
				return TLS_HOSTNAME_EDEFAULT == null ? tlsHostname != null : !TLS_HOSTNAME_EDEFAULT.equals(tlsHostname);
			case DomainPackage.OS_NVRAM_SOURCE__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case DomainPackage.OS_NVRAM_SOURCE__POOL:
				return POOL_EDEFAULT == null ? pool != null : !POOL_EDEFAULT.equals(pool);
			case DomainPackage.OS_NVRAM_SOURCE__VOLUME:
				return VOLUME_EDEFAULT == null ? volume != null : !VOLUME_EDEFAULT.equals(volume);
			case DomainPackage.OS_NVRAM_SOURCE__MODE:
				return isSetMode();
			case DomainPackage.OS_NVRAM_SOURCE__TYPE:
				return isSetType();
			case DomainPackage.OS_NVRAM_SOURCE__NAMESPACE:
				return NAMESPACE_EDEFAULT == null ? namespace != null : !NAMESPACE_EDEFAULT.equals(namespace);
			case DomainPackage.OS_NVRAM_SOURCE__MANAGED:
				return isSetManaged();
			case DomainPackage.OS_NVRAM_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case DomainPackage.OS_NVRAM_SOURCE__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE__ANY_ATTRIBUTE:
				return anyAttribute != null && !anyAttribute.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mixed: ");
		result.append(mixed);
		result.append(", file: ");
		result.append(file);
		result.append(", fdgroup: ");
		result.append(fdgroup);
		result.append(", index: ");
		result.append(index);
		result.append(", startupPolicy: ");
		if (startupPolicyESet) result.append(startupPolicy); else result.append("<unset>");
		result.append(", dev: ");
		result.append(dev);
		result.append(", dir: ");
		result.append(dir);
		result.append(", protocol: ");
		if (protocolESet) result.append(protocol); else result.append("<unset>");
		result.append(", name: ");
		result.append(name);
		result.append(", tls: ");
		if (tlsESet) result.append(tls); else result.append("<unset>");
		result.append(", tlsHostname: ");
		result.append(tlsHostname);
		result.append(", query: ");
		result.append(query);
		result.append(", pool: ");
		result.append(pool);
		result.append(", volume: ");
		result.append(volume);
		result.append(", mode: ");
		if (modeESet) result.append(mode); else result.append("<unset>");
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", namespace: ");
		result.append(namespace);
		result.append(", managed: ");
		if (managedESet) result.append(managed); else result.append("<unset>");
		result.append(", path: ");
		result.append(path);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsNvramSourceImpl
