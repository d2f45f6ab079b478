/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.math.BigInteger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.InterfaceDriver;
import org.vdevstudio.model.domain.InterfaceDriverGuest;
import org.vdevstudio.model.domain.InterfaceDriverHost;
import org.vdevstudio.model.domain.InterfaceDriverName;
import org.vdevstudio.model.domain.InterfaceDriverTxmode;
import org.vdevstudio.model.domain.VirOnOff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getGuest <em>Guest</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getQueues <em>Queues</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getRxQueueSize <em>Rx Queue Size</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getTxQueueSize <em>Tx Queue Size</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getTxmode <em>Txmode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getIoeventfd <em>Ioeventfd</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getIommu <em>Iommu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getAts <em>Ats</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getPacked <em>Packed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getPagePerVq <em>Page Per Vq</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getRss <em>Rss</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getRssHashReport <em>Rss Hash Report</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceDriverImpl extends EObjectImpl implements InterfaceDriver {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceDriverName NAME_EDEFAULT = InterfaceDriverName.KVM;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected InterfaceDriverName name = NAME_EDEFAULT;

	/**
	 * This is true if the Name attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nameESet;

	/**
	 * The default value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger QUEUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected BigInteger queues = QUEUES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRxQueueSize() <em>Rx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxQueueSize()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger RX_QUEUE_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRxQueueSize() <em>Rx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxQueueSize()
	 * @generated
	 * @ordered
	 */
	protected BigInteger rxQueueSize = RX_QUEUE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTxQueueSize() <em>Tx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxQueueSize()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger TX_QUEUE_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTxQueueSize() <em>Tx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxQueueSize()
	 * @generated
	 * @ordered
	 */
	protected BigInteger txQueueSize = TX_QUEUE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTxmode() <em>Txmode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxmode()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceDriverTxmode TXMODE_EDEFAULT = InterfaceDriverTxmode.IOTHREAD;

	/**
	 * The cached value of the '{@link #getTxmode() <em>Txmode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxmode()
	 * @generated
	 * @ordered
	 */
	protected InterfaceDriverTxmode txmode = TXMODE_EDEFAULT;

	/**
	 * This is true if the Txmode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean txmodeESet;

	/**
	 * The default value of the '{@link #getIoeventfd() <em>Ioeventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoeventfd()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff IOEVENTFD_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getIoeventfd() <em>Ioeventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoeventfd()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff ioeventfd = IOEVENTFD_EDEFAULT;

	/**
	 * This is true if the Ioeventfd attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ioeventfdESet;

	/**
	 * The default value of the '{@link #getEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventIdx()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff EVENT_IDX_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventIdx()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff eventIdx = EVENT_IDX_EDEFAULT;

	/**
	 * This is true if the Event Idx attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean eventIdxESet;

	/**
	 * The default value of the '{@link #getIommu() <em>Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIommu()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff IOMMU_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getIommu() <em>Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIommu()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff iommu = IOMMU_EDEFAULT;

	/**
	 * This is true if the Iommu attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean iommuESet;

	/**
	 * The default value of the '{@link #getAts() <em>Ats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAts()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff ATS_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getAts() <em>Ats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAts()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff ats = ATS_EDEFAULT;

	/**
	 * This is true if the Ats attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean atsESet;

	/**
	 * The default value of the '{@link #getPacked() <em>Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacked()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff PACKED_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getPacked() <em>Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacked()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff packed = PACKED_EDEFAULT;

	/**
	 * This is true if the Packed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean packedESet;

	/**
	 * The default value of the '{@link #getPagePerVq() <em>Page Per Vq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagePerVq()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff PAGE_PER_VQ_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getPagePerVq() <em>Page Per Vq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagePerVq()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff pagePerVq = PAGE_PER_VQ_EDEFAULT;

	/**
	 * This is true if the Page Per Vq attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean pagePerVqESet;

	/**
	 * The default value of the '{@link #getRss() <em>Rss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRss()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff RSS_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getRss() <em>Rss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRss()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff rss = RSS_EDEFAULT;

	/**
	 * This is true if the Rss attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rssESet;

	/**
	 * The default value of the '{@link #getRssHashReport() <em>Rss Hash Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssHashReport()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff RSS_HASH_REPORT_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getRssHashReport() <em>Rss Hash Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssHashReport()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff rssHashReport = RSS_HASH_REPORT_EDEFAULT;

	/**
	 * This is true if the Rss Hash Report attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rssHashReportESet;

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
	protected InterfaceDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_DRIVER__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverHost getHost() {
		return (InterfaceDriverHost)getMixed().get(DomainPackage.Literals.INTERFACE_DRIVER__HOST, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(InterfaceDriverHost newHost, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_DRIVER__HOST, newHost, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(InterfaceDriverHost newHost) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_DRIVER__HOST, newHost);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverGuest getGuest() {
		return (InterfaceDriverGuest)getMixed().get(DomainPackage.Literals.INTERFACE_DRIVER__GUEST, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGuest(InterfaceDriverGuest newGuest, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_DRIVER__GUEST, newGuest, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuest(InterfaceDriverGuest newGuest) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_DRIVER__GUEST, newGuest);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverName getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(InterfaceDriverName newName) {
		InterfaceDriverName oldName = name;
		name = newName == null ? NAME_EDEFAULT : newName;
		boolean oldNameESet = nameESet;
		nameESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__NAME, oldName, name, !oldNameESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetName() {
		InterfaceDriverName oldName = name;
		boolean oldNameESet = nameESet;
		name = NAME_EDEFAULT;
		nameESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__NAME, oldName, NAME_EDEFAULT, oldNameESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetName() {
		return nameESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getQueues() {
		return queues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueues(BigInteger newQueues) {
		BigInteger oldQueues = queues;
		queues = newQueues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__QUEUES, oldQueues, queues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getRxQueueSize() {
		return rxQueueSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRxQueueSize(BigInteger newRxQueueSize) {
		BigInteger oldRxQueueSize = rxQueueSize;
		rxQueueSize = newRxQueueSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__RX_QUEUE_SIZE, oldRxQueueSize, rxQueueSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getTxQueueSize() {
		return txQueueSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTxQueueSize(BigInteger newTxQueueSize) {
		BigInteger oldTxQueueSize = txQueueSize;
		txQueueSize = newTxQueueSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__TX_QUEUE_SIZE, oldTxQueueSize, txQueueSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverTxmode getTxmode() {
		return txmode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTxmode(InterfaceDriverTxmode newTxmode) {
		InterfaceDriverTxmode oldTxmode = txmode;
		txmode = newTxmode == null ? TXMODE_EDEFAULT : newTxmode;
		boolean oldTxmodeESet = txmodeESet;
		txmodeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__TXMODE, oldTxmode, txmode, !oldTxmodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTxmode() {
		InterfaceDriverTxmode oldTxmode = txmode;
		boolean oldTxmodeESet = txmodeESet;
		txmode = TXMODE_EDEFAULT;
		txmodeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__TXMODE, oldTxmode, TXMODE_EDEFAULT, oldTxmodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTxmode() {
		return txmodeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getIoeventfd() {
		return ioeventfd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIoeventfd(VirOnOff newIoeventfd) {
		VirOnOff oldIoeventfd = ioeventfd;
		ioeventfd = newIoeventfd == null ? IOEVENTFD_EDEFAULT : newIoeventfd;
		boolean oldIoeventfdESet = ioeventfdESet;
		ioeventfdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__IOEVENTFD, oldIoeventfd, ioeventfd, !oldIoeventfdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIoeventfd() {
		VirOnOff oldIoeventfd = ioeventfd;
		boolean oldIoeventfdESet = ioeventfdESet;
		ioeventfd = IOEVENTFD_EDEFAULT;
		ioeventfdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__IOEVENTFD, oldIoeventfd, IOEVENTFD_EDEFAULT, oldIoeventfdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIoeventfd() {
		return ioeventfdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getEventIdx() {
		return eventIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventIdx(VirOnOff newEventIdx) {
		VirOnOff oldEventIdx = eventIdx;
		eventIdx = newEventIdx == null ? EVENT_IDX_EDEFAULT : newEventIdx;
		boolean oldEventIdxESet = eventIdxESet;
		eventIdxESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__EVENT_IDX, oldEventIdx, eventIdx, !oldEventIdxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEventIdx() {
		VirOnOff oldEventIdx = eventIdx;
		boolean oldEventIdxESet = eventIdxESet;
		eventIdx = EVENT_IDX_EDEFAULT;
		eventIdxESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__EVENT_IDX, oldEventIdx, EVENT_IDX_EDEFAULT, oldEventIdxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEventIdx() {
		return eventIdxESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getIommu() {
		return iommu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIommu(VirOnOff newIommu) {
		VirOnOff oldIommu = iommu;
		iommu = newIommu == null ? IOMMU_EDEFAULT : newIommu;
		boolean oldIommuESet = iommuESet;
		iommuESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__IOMMU, oldIommu, iommu, !oldIommuESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIommu() {
		VirOnOff oldIommu = iommu;
		boolean oldIommuESet = iommuESet;
		iommu = IOMMU_EDEFAULT;
		iommuESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__IOMMU, oldIommu, IOMMU_EDEFAULT, oldIommuESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIommu() {
		return iommuESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getAts() {
		return ats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAts(VirOnOff newAts) {
		VirOnOff oldAts = ats;
		ats = newAts == null ? ATS_EDEFAULT : newAts;
		boolean oldAtsESet = atsESet;
		atsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__ATS, oldAts, ats, !oldAtsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAts() {
		VirOnOff oldAts = ats;
		boolean oldAtsESet = atsESet;
		ats = ATS_EDEFAULT;
		atsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__ATS, oldAts, ATS_EDEFAULT, oldAtsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAts() {
		return atsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getPacked() {
		return packed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacked(VirOnOff newPacked) {
		VirOnOff oldPacked = packed;
		packed = newPacked == null ? PACKED_EDEFAULT : newPacked;
		boolean oldPackedESet = packedESet;
		packedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__PACKED, oldPacked, packed, !oldPackedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPacked() {
		VirOnOff oldPacked = packed;
		boolean oldPackedESet = packedESet;
		packed = PACKED_EDEFAULT;
		packedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__PACKED, oldPacked, PACKED_EDEFAULT, oldPackedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPacked() {
		return packedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getPagePerVq() {
		return pagePerVq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPagePerVq(VirOnOff newPagePerVq) {
		VirOnOff oldPagePerVq = pagePerVq;
		pagePerVq = newPagePerVq == null ? PAGE_PER_VQ_EDEFAULT : newPagePerVq;
		boolean oldPagePerVqESet = pagePerVqESet;
		pagePerVqESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ, oldPagePerVq, pagePerVq, !oldPagePerVqESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPagePerVq() {
		VirOnOff oldPagePerVq = pagePerVq;
		boolean oldPagePerVqESet = pagePerVqESet;
		pagePerVq = PAGE_PER_VQ_EDEFAULT;
		pagePerVqESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ, oldPagePerVq, PAGE_PER_VQ_EDEFAULT, oldPagePerVqESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPagePerVq() {
		return pagePerVqESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getRss() {
		return rss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRss(VirOnOff newRss) {
		VirOnOff oldRss = rss;
		rss = newRss == null ? RSS_EDEFAULT : newRss;
		boolean oldRssESet = rssESet;
		rssESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__RSS, oldRss, rss, !oldRssESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRss() {
		VirOnOff oldRss = rss;
		boolean oldRssESet = rssESet;
		rss = RSS_EDEFAULT;
		rssESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__RSS, oldRss, RSS_EDEFAULT, oldRssESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRss() {
		return rssESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getRssHashReport() {
		return rssHashReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRssHashReport(VirOnOff newRssHashReport) {
		VirOnOff oldRssHashReport = rssHashReport;
		rssHashReport = newRssHashReport == null ? RSS_HASH_REPORT_EDEFAULT : newRssHashReport;
		boolean oldRssHashReportESet = rssHashReportESet;
		rssHashReportESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT, oldRssHashReport, rssHashReport, !oldRssHashReportESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRssHashReport() {
		VirOnOff oldRssHashReport = rssHashReport;
		boolean oldRssHashReportESet = rssHashReportESet;
		rssHashReport = RSS_HASH_REPORT_EDEFAULT;
		rssHashReportESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT, oldRssHashReport, RSS_HASH_REPORT_EDEFAULT, oldRssHashReportESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRssHashReport() {
		return rssHashReportESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_DRIVER__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_DRIVER__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_DRIVER__HOST:
				return basicSetHost(null, msgs);
			case DomainPackage.INTERFACE_DRIVER__GUEST:
				return basicSetGuest(null, msgs);
			case DomainPackage.INTERFACE_DRIVER__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_DRIVER__HOST:
				return getHost();
			case DomainPackage.INTERFACE_DRIVER__GUEST:
				return getGuest();
			case DomainPackage.INTERFACE_DRIVER__NAME:
				return getName();
			case DomainPackage.INTERFACE_DRIVER__QUEUES:
				return getQueues();
			case DomainPackage.INTERFACE_DRIVER__RX_QUEUE_SIZE:
				return getRxQueueSize();
			case DomainPackage.INTERFACE_DRIVER__TX_QUEUE_SIZE:
				return getTxQueueSize();
			case DomainPackage.INTERFACE_DRIVER__TXMODE:
				return getTxmode();
			case DomainPackage.INTERFACE_DRIVER__IOEVENTFD:
				return getIoeventfd();
			case DomainPackage.INTERFACE_DRIVER__EVENT_IDX:
				return getEventIdx();
			case DomainPackage.INTERFACE_DRIVER__IOMMU:
				return getIommu();
			case DomainPackage.INTERFACE_DRIVER__ATS:
				return getAts();
			case DomainPackage.INTERFACE_DRIVER__PACKED:
				return getPacked();
			case DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ:
				return getPagePerVq();
			case DomainPackage.INTERFACE_DRIVER__RSS:
				return getRss();
			case DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT:
				return getRssHashReport();
			case DomainPackage.INTERFACE_DRIVER__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE:
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
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.INTERFACE_DRIVER__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__HOST:
				setHost((InterfaceDriverHost)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__GUEST:
				setGuest((InterfaceDriverGuest)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__NAME:
				setName((InterfaceDriverName)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__QUEUES:
				setQueues((BigInteger)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__RX_QUEUE_SIZE:
				setRxQueueSize((BigInteger)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__TX_QUEUE_SIZE:
				setTxQueueSize((BigInteger)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__TXMODE:
				setTxmode((InterfaceDriverTxmode)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__IOEVENTFD:
				setIoeventfd((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__EVENT_IDX:
				setEventIdx((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__IOMMU:
				setIommu((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__ATS:
				setAts((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__PACKED:
				setPacked((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ:
				setPagePerVq((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__RSS:
				setRss((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT:
				setRssHashReport((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_DRIVER__HOST:
				setHost((InterfaceDriverHost)null);
				return;
			case DomainPackage.INTERFACE_DRIVER__GUEST:
				setGuest((InterfaceDriverGuest)null);
				return;
			case DomainPackage.INTERFACE_DRIVER__NAME:
				unsetName();
				return;
			case DomainPackage.INTERFACE_DRIVER__QUEUES:
				setQueues(QUEUES_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_DRIVER__RX_QUEUE_SIZE:
				setRxQueueSize(RX_QUEUE_SIZE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_DRIVER__TX_QUEUE_SIZE:
				setTxQueueSize(TX_QUEUE_SIZE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_DRIVER__TXMODE:
				unsetTxmode();
				return;
			case DomainPackage.INTERFACE_DRIVER__IOEVENTFD:
				unsetIoeventfd();
				return;
			case DomainPackage.INTERFACE_DRIVER__EVENT_IDX:
				unsetEventIdx();
				return;
			case DomainPackage.INTERFACE_DRIVER__IOMMU:
				unsetIommu();
				return;
			case DomainPackage.INTERFACE_DRIVER__ATS:
				unsetAts();
				return;
			case DomainPackage.INTERFACE_DRIVER__PACKED:
				unsetPacked();
				return;
			case DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ:
				unsetPagePerVq();
				return;
			case DomainPackage.INTERFACE_DRIVER__RSS:
				unsetRss();
				return;
			case DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT:
				unsetRssHashReport();
				return;
			case DomainPackage.INTERFACE_DRIVER__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_DRIVER__HOST:
				return getHost() != null;
			case DomainPackage.INTERFACE_DRIVER__GUEST:
				return getGuest() != null;
			case DomainPackage.INTERFACE_DRIVER__NAME:
				return isSetName();
			case DomainPackage.INTERFACE_DRIVER__QUEUES:
				return QUEUES_EDEFAULT == null ? queues != null : !QUEUES_EDEFAULT.equals(queues);
			case DomainPackage.INTERFACE_DRIVER__RX_QUEUE_SIZE:
				return RX_QUEUE_SIZE_EDEFAULT == null ? rxQueueSize != null : !RX_QUEUE_SIZE_EDEFAULT.equals(rxQueueSize);
			case DomainPackage.INTERFACE_DRIVER__TX_QUEUE_SIZE:
				return TX_QUEUE_SIZE_EDEFAULT == null ? txQueueSize != null : !TX_QUEUE_SIZE_EDEFAULT.equals(txQueueSize);
			case DomainPackage.INTERFACE_DRIVER__TXMODE:
				return isSetTxmode();
			case DomainPackage.INTERFACE_DRIVER__IOEVENTFD:
				return isSetIoeventfd();
			case DomainPackage.INTERFACE_DRIVER__EVENT_IDX:
				return isSetEventIdx();
			case DomainPackage.INTERFACE_DRIVER__IOMMU:
				return isSetIommu();
			case DomainPackage.INTERFACE_DRIVER__ATS:
				return isSetAts();
			case DomainPackage.INTERFACE_DRIVER__PACKED:
				return isSetPacked();
			case DomainPackage.INTERFACE_DRIVER__PAGE_PER_VQ:
				return isSetPagePerVq();
			case DomainPackage.INTERFACE_DRIVER__RSS:
				return isSetRss();
			case DomainPackage.INTERFACE_DRIVER__RSS_HASH_REPORT:
				return isSetRssHashReport();
			case DomainPackage.INTERFACE_DRIVER__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_DRIVER__ANY_ATTRIBUTE:
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
		result.append(", name: ");
		if (nameESet) result.append(name); else result.append("<unset>");
		result.append(", queues: ");
		result.append(queues);
		result.append(", rxQueueSize: ");
		result.append(rxQueueSize);
		result.append(", txQueueSize: ");
		result.append(txQueueSize);
		result.append(", txmode: ");
		if (txmodeESet) result.append(txmode); else result.append("<unset>");
		result.append(", ioeventfd: ");
		if (ioeventfdESet) result.append(ioeventfd); else result.append("<unset>");
		result.append(", eventIdx: ");
		if (eventIdxESet) result.append(eventIdx); else result.append("<unset>");
		result.append(", iommu: ");
		if (iommuESet) result.append(iommu); else result.append("<unset>");
		result.append(", ats: ");
		if (atsESet) result.append(ats); else result.append("<unset>");
		result.append(", packed: ");
		if (packedESet) result.append(packed); else result.append("<unset>");
		result.append(", pagePerVq: ");
		if (pagePerVqESet) result.append(pagePerVq); else result.append("<unset>");
		result.append(", rss: ");
		if (rssESet) result.append(rss); else result.append("<unset>");
		result.append(", rssHashReport: ");
		if (rssHashReportESet) result.append(rssHashReport); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceDriverImpl
